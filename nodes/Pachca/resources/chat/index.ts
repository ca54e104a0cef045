import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplifyField } from '../../fields/descriptions';
import { chatLocator } from '../../fields/locators';
import { route } from '../../fields/route';
import { requireSome } from '../../fields/placeField';
import { createFields } from './create';
import { getAllFields } from './getAll';
import { updateFields } from './update';

export const chatOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['chat'] } },
	default: 'create',
	options: [
		{
			name: 'Archive',
			value: 'archive',
			action: 'Archive a chat',
			description: 'Move a chat to the archive; nobody can write in it',
			routing: route('chat.archive'),
		},
		{
			name: 'Create',
			value: 'create',
			action: 'Create a chat',
			description: 'Create a group chat or a channel',
			routing: route('chat.create'),
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a chat',
			description: 'Get a chat by ID with its members and settings',
			routing: route('chat.get'),
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many chats',
			description: 'List chats, with filters and sorting',
			routing: route('chat.getAll'),
		},
		{
			name: 'Unarchive',
			value: 'unarchive',
			action: 'Unarchive a chat',
			description: 'Bring an archived chat back',
			routing: route('chat.unarchive'),
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a chat',
			description: 'Rename a chat or change who can find it',
			routing: route('chat.update', requireSome('chatUpdateFields')),
		},
	],
};

export const chatFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['chat'], operation: ['get', 'update', 'archive', 'unarchive'] } }, [
		chatLocator('path:id', 'selectedChatId'),
	]),
	...createFields,
	...getAllFields,
	...updateFields,
	...updateDisplayOptions({ show: { resource: ['chat'], operation: ['get', 'getAll'] } }, [simplifyField]),
];
