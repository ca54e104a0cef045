import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { collection } from '../../fields/collection';
import { sends } from '../../fields/placeField';
import { PUBLIC } from './fields';

export const createFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['create'] } },
	[
		sends(
			{
				displayName: 'Name',
				name: 'chatName',
				type: 'string',
				default: '',
				required: true,
				description: 'Name of the new chat',
			},
			'body:chat.name',
			'text',
		),
		collection({ displayName: 'Additional Fields', name: 'chatAdditionalFields' }, (option) => [
			option(
				{
					displayName: 'Channel',
					name: 'channel',
					type: 'boolean',
					default: false,
					description: 'Whether to create a channel (only admins post) instead of a group chat',
				},
				'body:chat.channel',
			),
			option(
				{
					displayName: 'Group Tag IDs',
					name: 'group_tag_ids',
					type: 'string',
					default: '',
					placeholder: 'e.g. 3, 7',
					description: 'Comma-separated IDs of group tags whose members join the chat',
				},
				'body:chat.group_tag_ids',
				'idList',
			),
			option(
				{
					displayName: 'Member IDs',
					name: 'member_ids',
					type: 'string',
					default: '',
					placeholder: 'e.g. 12, 34',
					description: 'Comma-separated IDs of users who join the chat',
				},
				'body:chat.member_ids',
				'idList',
			),
			option(PUBLIC, 'body:chat.public'),
		]),
	],
);
