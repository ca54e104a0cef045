import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { collection } from '../../fields/collection';
import { attachmentOptions, filesJsonOption } from './attachments';
import { buttonOptions } from './buttons';

export const updateFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['update'] } },
	[
		collection({ displayName: 'Update Fields', name: 'messageUpdateFields' }, (option) => [
			...attachmentOptions(option),
			...buttonOptions(option, 'Rows of buttons as JSON; [] removes all buttons'),
			option(
				{ displayName: 'Display Avatar URL', name: 'display_avatar_url', type: 'string', default: '' },
				'body:message.display_avatar_url',
			),
			option(
				{ displayName: 'Display Name', name: 'display_name', type: 'string', default: '' },
				'body:message.display_name',
			),
			filesJsonOption(option),
			option(
				{ displayName: 'Text', name: 'content', type: 'string', typeOptions: { rows: 4 }, default: '' },
				'body:message.content',
				'text',
			),
		]),
	],
);
