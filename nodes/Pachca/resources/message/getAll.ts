import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { collection, orderAndSort } from '../../fields/collection';
import { paginationFields } from '../../fields/descriptions';
import { chatLocator } from '../../fields/locators';

export const getAllFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['getAll'] } },
	[
		chatLocator('qs:chat_id', 'messageChatId'),
		...paginationFields,
		collection({ displayName: 'Options', name: 'messageOptions', placeholder: 'Add Option' }, (option) =>
			orderAndSort(option, [{ name: 'ID', value: 'id' }], {
				order: 'Newest first (descending) or oldest first',
				sort: 'Field to sort by',
			}),
		),
	],
);
