import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { collection, orderAndSort } from '../../fields/collection';
import { paginationFields } from '../../fields/descriptions';

export const getAllFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['getAll'] } },
	[
		...paginationFields,
		collection({ displayName: 'Filters', name: 'chatFilters', placeholder: 'Add Filter' }, (option) => [
			option(
				{
					displayName: 'Availability',
					name: 'availability',
					type: 'options',
					default: 'is_member',
					options: [
						{ name: 'Chats I Am a Member Of', value: 'is_member' },
						{ name: 'All Public Chats', value: 'public' },
					],
				},
				'qs:availability',
			),
			option(
				{
					displayName: 'Include Archived',
					name: 'archived',
					type: 'boolean',
					default: false,
					description: 'Whether to include archived chats',
				},
				'qs:archived',
			),
			option(
				{
					displayName: 'Last Message After',
					name: 'last_message_at_after',
					type: 'dateTime',
					default: '',
					description: 'Only chats whose last message is newer',
				},
				'qs:last_message_at_after',
				'date',
			),
			option(
				{
					displayName: 'Last Message Before',
					name: 'last_message_at_before',
					type: 'dateTime',
					default: '',
					description: 'Only chats whose last message is older',
				},
				'qs:last_message_at_before',
				'date',
			),
			option(
				{
					displayName: 'Personal',
					name: 'personal',
					type: 'boolean',
					default: false,
					description: 'Whether to return only direct chats (on) or only group chats (off)',
				},
				'qs:personal',
			),
		]),
		collection({ displayName: 'Options', name: 'chatOptions', placeholder: 'Add Option' }, (option) => [
			...orderAndSort(option, [
				{ name: 'ID', value: 'id' },
				{ name: 'Last Message Time', value: 'last_message_at' },
			]),
		]),
	],
);
