import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { avatarFields } from '../../fields/avatar';
import { collection } from '../../fields/collection';
import { paginationFields, simplifyField } from '../../fields/descriptions';
import { userLocator } from '../../fields/locators';
import { route } from '../../fields/route';
import { requireSome } from '../../fields/placeField';
import { statusFields } from '../../fields/status';
import { createFields, guestNeedsOneChat } from './create';
import { updateFields } from './update';

export const userOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['user'] } },
	default: 'get',
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a user',
			description: 'Add an employee to the workspace and invite them (admin)',
			routing: route('user.create', guestNeedsOneChat),
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a user',
			description: 'Remove an employee from the workspace (admin)',
			routing: route('user.delete'),
		},
		{
			name: 'Delete Avatar',
			value: 'deleteAvatar',
			action: 'Delete a user avatar',
			description: "Remove an employee's profile picture (admin)",
			routing: route('user.deleteAvatar'),
		},
		{
			name: 'Delete Status',
			value: 'deleteStatus',
			action: 'Delete a user status',
			description: "Clear an employee's status (admin)",
			routing: route('user.deleteStatus'),
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a user',
			description: 'Get an employee profile by ID',
			routing: route('user.get'),
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many users',
			description: 'List employees, optionally matching a name, email, phone or nickname',
			routing: route('user.getAll'),
		},
		{
			name: 'Get Status',
			value: 'getStatus',
			action: 'Get a user status',
			description: "Read an employee's status (emoji, text, away mode)",
			routing: route('user.getStatus'),
		},
		{
			name: 'Set Avatar',
			value: 'setAvatar',
			action: 'Set a user avatar',
			description: "Upload an image from the input item as an employee's profile picture (admin)",
			routing: route('user.setAvatar'),
		},
		{
			name: 'Set Status',
			value: 'setStatus',
			action: 'Set a user status',
			description: "Set an employee's status (admin)",
			routing: route('user.setStatus'),
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a user',
			description: "Change an employee's profile, role, tags or suspension (admin)",
			routing: route('user.update', requireSome('userUpdateFields')),
		},
	],
};

export const userFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['user'], operation: ['get', 'update', 'delete'] } }, [
		userLocator('path:id', 'selectedUserId'),
	]),
	...updateDisplayOptions(
		{
			show: { resource: ['user'], operation: ['getStatus', 'setStatus', 'deleteStatus', 'setAvatar', 'deleteAvatar'] },
		},
		[userLocator('path:user_id', 'statusAvatarUserId')],
	),
	...createFields,
	...updateFields,
	...updateDisplayOptions({ show: { resource: ['user'], operation: ['getAll'] } }, [
		...paginationFields,
		collection({ displayName: 'Filters', name: 'userFilters', placeholder: 'Add Filter' }, (option) => [
			option(
				{
					displayName: 'Search Query',
					name: 'query',
					type: 'string',
					default: '',
					description: 'Only employees whose first or last name, email, phone number or nickname contains this text',
				},
				'qs:query',
				'text',
			),
		]),
	]),
	...updateDisplayOptions({ show: { resource: ['user'], operation: ['get', 'getAll'] } }, [simplifyField]),
	...statusFields('user', 'setStatus'),
	...avatarFields('user', 'setAvatar'),
];
