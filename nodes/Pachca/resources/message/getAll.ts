import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { chatLocator, collection, paginationFields } from '../../fields/descriptions';

export const getAllFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['getAll'] } },
	[
		chatLocator('qs:chat_id', 'messageChatId'),
		...paginationFields,
		collection({ displayName: 'Options', name: 'messageOptions', placeholder: 'Add Option' }, (option) => [
			option(
				{
					displayName: 'Order',
					name: 'order',
					type: 'options',
					default: 'desc',
					options: [
						{ name: 'Ascending', value: 'asc' },
						{ name: 'Descending', value: 'desc' },
					],
					description: 'Newest first (descending) or oldest first',
				},
				'qs:order',
			),
			option(
				{
					displayName: 'Sort By',
					name: 'sort',
					type: 'options',
					default: 'id',
					options: [{ name: 'ID', value: 'id' }],
					description: 'Field to sort by',
				},
				'qs:sort',
			),
		]),
	],
);
