import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { active, commonFilters, filtersCollection } from './filters';

/** Search → Search Chats: its filters. */
export const searchChatsFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['search'], operation: ['chats'] } },
	[
		filtersCollection('searchChatFilters', (option) => [
			...commonFilters(option, 'chats'),
			active(option, 'chats'),
			option(
				{
					displayName: 'Chat Type',
					name: 'chat_subtype',
					type: 'options',
					default: 'discussion',
					options: [
						{ name: 'Chat or Channel', value: 'discussion' },
						{ name: 'Thread', value: 'thread' },
					],
				},
				'qs:chat_subtype',
			),
			option(
				{
					displayName: 'Personal',
					name: 'personal',
					type: 'boolean',
					default: false,
					description: 'Whether to find only direct chats (on) or only group chats (off)',
				},
				'qs:personal',
			),
		]),
	],
);
