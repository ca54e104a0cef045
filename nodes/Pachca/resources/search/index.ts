import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { paginationFields, simplifyField } from '../../fields/descriptions';
import { route } from '../../fields/route';
import { searchChatsFields } from './chats';
import { searchMessagesFields } from './messages';
import { searchUsersFields } from './users';

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

export const searchFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['search'], operation: ['chats', 'messages', 'users'] } }, [
		...paginationFields,
		simplifyField,
	]),
	...searchChatsFields,
	...searchMessagesFields,
	...searchUsersFields,
];
