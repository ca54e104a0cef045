import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { commonFilters, filtersCollection } from './filters';

const ROLES = [
	{ name: 'Administrator', value: 'admin' },
	{ name: 'Employee', value: 'user' },
	{ name: 'Guest', value: 'guest' },
	{ name: 'Multi-Guest', value: 'multi_guest' },
];

/** Search → Search Users: its filters. */
export const searchUsersFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['search'], operation: ['users'] } },
	[
		filtersCollection('searchUserFilters', (option) => [
			...commonFilters(option, 'employees'),
			option(
				{
					displayName: 'Roles',
					name: 'company_roles',
					type: 'multiOptions',
					default: [],
					options: ROLES,
					description: 'Only employees with one of these roles',
				},
				'qs:company_roles',
			),
			option(
				{
					displayName: 'Sort By',
					name: 'sort',
					type: 'options',
					default: 'by_score',
					options: [
						{ name: 'Alphabetical', value: 'alphabetical' },
						{ name: 'Creation Time', value: 'creation' },
						{ name: 'Relevance', value: 'by_score' },
					],
				},
				'qs:sort',
			),
		]),
	],
);
