import type { INodeProperties } from 'n8n-workflow';

import type { CollectionOption } from '../../fields/collection';
import { collection, SORT_ORDERS } from '../../fields/collection';

/** Filters every search takes: the text, creation time range and order. */
export function commonFilters(option: CollectionOption, what: string): INodeProperties[] {
	return [
		option(
			{
				displayName: 'Created After',
				name: 'created_from',
				type: 'dateTime',
				default: '',
				description: `Only ${what} created from this moment on`,
			},
			'qs:created_from',
			'date',
		),
		option(
			{
				displayName: 'Created Before',
				name: 'created_to',
				type: 'dateTime',
				default: '',
				description: `Only ${what} created up to this moment`,
			},
			'qs:created_to',
			'date',
		),
		option({ displayName: 'Order', name: 'order', type: 'options', default: 'desc', options: SORT_ORDERS }, 'qs:order'),
		option(
			{ displayName: 'Query', name: 'query', type: 'string', default: '', description: 'Text to search for' },
			'qs:query',
			'text',
		),
	];
}

/** Active: chats and messages can be looked for in active or archived chats. */
export const active = (option: CollectionOption, what: string) =>
	option(
		{
			displayName: 'Active',
			name: 'active',
			type: 'boolean',
			default: true,
			description: `Whether to find only ${what} in active chats (on) or only in archived ones (off)`,
		},
		'qs:active',
	);

/** The Filters collection of one search operation (`name`), options sorted by name. */
export function filtersCollection(
	name: string,
	build: (option: CollectionOption) => INodeProperties[],
): INodeProperties {
	return collection({ displayName: 'Filters', name, placeholder: 'Add Filter' }, build);
}
