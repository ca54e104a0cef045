import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { manyPicker } from '../../fields/descriptions';
import { active, commonFilters, filtersCollection } from './filters';

/** Search → Search Messages: its filters. */
export const searchMessagesFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['search'], operation: ['messages'] } },
	[
		filtersCollection('searchMessageFilters', (option) => [
			...commonFilters(option, 'messages'),
			active(option, 'messages'),
			option(
				{
					displayName: 'Author IDs',
					name: 'user_ids',
					type: 'string',
					default: '',
					placeholder: 'e.g. 4, 5',
					description: 'Comma-separated IDs of the users whose messages to find',
				},
				'qs:user_ids',
				'idList',
			),
			option(manyPicker('chat', 'Chat Names or IDs', 'chat_ids', 'The chats to search in'), 'qs:chat_ids', 'idList'),
			option(
				{
					displayName: 'Sort By',
					name: 'sort',
					type: 'options',
					default: 'created_at',
					options: [
						{ name: 'Creation Time', value: 'created_at' },
						{ name: 'Relevance', value: 'relevance' },
					],
				},
				'qs:sort',
			),
		]),
	],
);
