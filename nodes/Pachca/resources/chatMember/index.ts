import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { collection } from '../../fields/collection';
import { idListField, paginationFields } from '../../fields/descriptions';
import { chatLocator, groupTagLocator, userLocator } from '../../fields/locators';
import { route } from '../../fields/route';
import { sends } from '../../fields/placeField';

const ROLE_OPTIONS = [
	{ name: 'Admin', value: 'admin' },
	{ name: 'Editor', value: 'editor', description: 'Channels only' },
	{ name: 'Member', value: 'member' },
];

export const chatMemberOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['chatMember'] } },
	default: 'add',
	options: [
		{
			name: 'Add',
			value: 'add',
			action: 'Add users to a chat',
			description: 'Add employees to a chat or channel',
			routing: route('chatMember.add'),
		},
		{
			name: 'Add Group Tags',
			value: 'addTags',
			action: 'Add group tags to a chat',
			description: 'Add everyone with these tags to the chat',
			routing: route('chatMember.addTags'),
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many chat members',
			description: 'List the members of a chat with their roles',
			routing: route('chatMember.getAll'),
		},
		{
			name: 'Leave',
			value: 'leave',
			action: 'Leave a chat',
			description: 'The token owner leaves the chat',
			routing: route('chatMember.leave'),
		},
		{
			name: 'Remove',
			value: 'remove',
			action: 'Remove a user from a chat',
			description: 'Remove one member from a chat',
			routing: route('chatMember.remove'),
		},
		{
			name: 'Remove Group Tag',
			value: 'removeTag',
			action: 'Remove a group tag from a chat',
			description: 'Stop adding everyone with this tag to the chat',
			routing: route('chatMember.removeTag'),
		},
		{
			name: 'Change Role',
			value: 'updateRole',
			action: 'Change a member role',
			description: 'Make a member an admin, editor or plain member of the chat',
			routing: route('chatMember.updateRole'),
		},
	],
};

export const chatMemberFields: INodeProperties[] = [
	...updateDisplayOptions(
		{
			show: {
				resource: ['chatMember'],
				operation: ['add', 'addTags', 'getAll', 'leave', 'remove', 'removeTag', 'updateRole'],
			},
		},
		[chatLocator('path:id', 'memberChatId')],
	),
	...updateDisplayOptions({ show: { resource: ['chatMember'], operation: ['remove', 'updateRole'] } }, [
		userLocator('path:user_id', 'memberUserId'),
	]),
	...updateDisplayOptions({ show: { resource: ['chatMember'], operation: ['add'] } }, [
		idListField('body:member_ids', 'userIds', 'User IDs', 'Comma-separated IDs of the users to add'),
		collection({ displayName: 'Additional Fields', name: 'memberAdditionalFields' }, (option) => [
			option(
				{
					displayName: 'Silent',
					name: 'silent',
					type: 'boolean',
					default: false,
					description: 'Whether to skip the system message about new members',
				},
				'body:silent',
			),
		]),
	]),
	...updateDisplayOptions({ show: { resource: ['chatMember'], operation: ['addTags'] } }, [
		idListField('body:group_tag_ids', 'groupTagIds', 'Group Tag IDs', 'Comma-separated IDs of the group tags to add'),
	]),
	...updateDisplayOptions({ show: { resource: ['chatMember'], operation: ['removeTag'] } }, [
		groupTagLocator('path:tag_id', 'memberGroupTagId'),
	]),
	...updateDisplayOptions({ show: { resource: ['chatMember'], operation: ['updateRole'] } }, [
		sends(
			{ displayName: 'Role', name: 'memberRole', type: 'options', default: 'member', options: ROLE_OPTIONS },
			'body:role',
		),
	]),
	...updateDisplayOptions({ show: { resource: ['chatMember'], operation: ['getAll'] } }, [
		...paginationFields,
		collection({ displayName: 'Filters', name: 'memberFilters', placeholder: 'Add Filter' }, (option) => [
			option(
				{
					displayName: 'Role',
					name: 'role',
					type: 'options',
					default: 'all',
					options: [{ name: 'Any', value: 'all' }, { name: 'Owner', value: 'owner' }, ...ROLE_OPTIONS],
				},
				'qs:role',
			),
		]),
	]),
];
