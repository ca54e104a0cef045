import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { collection } from '../../fields/collection';
import { idField } from '../../fields/descriptions';
import { chatLocator, userLocator } from '../../fields/locators';
import { sends } from '../../fields/placeField';
import { attachmentOptions, filesJsonOption } from './attachments';
import { buttonOptions } from './buttons';
import { SEND_TO_OPTIONS } from '../../fields/sendTo';

export const createFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['create'] } },
	[
		sends(
			{
				displayName: 'Send To',
				name: 'entityType',
				type: 'options',
				default: 'discussion',
				options: SEND_TO_OPTIONS,
			},
			'body:message.entity_type',
		),
		{ ...chatLocator('body:message.entity_id'), displayOptions: { show: { entityType: ['discussion'] } } },
		{
			...idField('body:message.entity_id', 'threadId', 'Thread ID', 'ID of the thread (not of its chat)'),
			displayOptions: { show: { entityType: ['thread'] } },
		},
		{ ...userLocator('body:message.entity_id'), displayOptions: { show: { entityType: ['user'] } } },
		sends(
			{
				displayName: 'Text',
				name: 'content',
				type: 'string',
				typeOptions: { rows: 4 },
				default: '',
				required: true,
				description: 'Message text. Mention people with @nickname or &lt;@user_id&gt;.',
			},
			'body:message.content',
			'text',
		),
		collection({ displayName: 'Additional Fields', name: 'additionalFields' }, (option) => [
			...attachmentOptions(option),
			...buttonOptions(
				option,
				'Rows of buttons as JSON: an array of rows, each an array of buttons with text and either a link (URL) or data sent to the bot',
			),
			option(
				{
					displayName: 'Display Avatar URL',
					name: 'display_avatar_url',
					type: 'string',
					default: '',
					description: 'Avatar shown for this message (bot token only)',
				},
				'body:message.display_avatar_url',
			),
			option(
				{
					displayName: 'Display Name',
					name: 'display_name',
					type: 'string',
					default: '',
					description: 'Sender name shown for this message (bot token only)',
				},
				'body:message.display_name',
			),
			filesJsonOption(option),
			option(
				{
					displayName: 'Link Preview',
					name: 'link_preview',
					type: 'boolean',
					default: false,
					description: 'Whether to show a preview of the first link in the text',
				},
				'body:link_preview',
			),
			option(
				{
					displayName: 'Reply To Message ID',
					name: 'parent_message_id',
					type: 'number',
					default: 0,
					description: 'ID of the message this one answers',
				},
				'body:message.parent_message_id',
				'id',
			),
			option(
				{
					displayName: 'Skip Invite Mentions',
					name: 'skip_invite_mentions',
					type: 'boolean',
					default: false,
					description:
						'Whether people @mentioned in a thread message stay out of the thread; by default Pachca adds them to it (thread messages only)',
				},
				'body:message.skip_invite_mentions',
			),
		]),
	],
);
