import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { CollectionOption } from '../../fields/collection';
import { manyPicker, paginationFields, simplifyField } from '../../fields/descriptions';
import { route } from '../../fields/route';
import { commonFilters, filtersCollection } from './filters';

export const searchOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['search'] } },
	default: 'messages',
	options: [
		{
			name: 'Search Chats',
			value: 'chats',
			action: 'Search chats',
			description: 'Full-text search of channels, group chats and threads by name',
			routing: route('search.chats'),
		},
		{
			name: 'Search Messages',
			value: 'messages',
			action: 'Search messages',
			description: 'Full-text search of message text, optionally in given chats or by given authors',
			routing: route('search.messages'),
		},
		{
			name: 'Search Users',
			value: 'users',
			action: 'Search users',
			description: 'Full-text search of employees by name, email, job title and other fields',
			routing: route('search.users'),
		},
	],
};

const active = (option: CollectionOption, what: string) =>
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

const ROLES = [
	{ name: 'Administrator', value: 'admin' },
	{ name: 'Employee', value: 'user' },
	{ name: 'Guest', value: 'guest' },
	{ name: 'Multi-Guest', value: 'multi_guest' },
];

export const searchFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['search'], operation: ['chats', 'messages', 'users'] } }, [
		...paginationFields,
		simplifyField,
	]),
	...updateDisplayOptions({ show: { resource: ['search'], operation: ['chats'] } }, [
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
	]),
	...updateDisplayOptions({ show: { resource: ['search'], operation: ['messages'] } }, [
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
	]),
	...updateDisplayOptions({ show: { resource: ['search'], operation: ['users'] } }, [
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
	]),
];
