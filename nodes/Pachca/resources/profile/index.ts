import type { INodeProperties } from 'n8n-workflow';

import { avatarFields } from '../../fields/avatar';
import { route } from '../../fields/route';
import { statusFields } from '../../fields/status';

/** The token's own account: the bot itself with the bot token, the person with an admin or owner token. */
export const profileOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['profile'] } },
	default: 'get',
	options: [
		{
			name: 'Delete Avatar',
			value: 'deleteAvatar',
			action: 'Delete own avatar',
			description: 'Remove the profile picture of the account the token belongs to',
			routing: route('profile.deleteAvatar'),
		},
		{
			name: 'Delete Status',
			value: 'deleteStatus',
			action: 'Delete own status',
			description: 'Clear the status of the account the token belongs to',
			routing: route('profile.deleteStatus'),
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get own profile',
			description: 'Get the profile of the account the token belongs to',
			routing: route('profile.get'),
		},
		{
			name: 'Get Status',
			value: 'getStatus',
			action: 'Get own status',
			description: 'Read the status of the account the token belongs to',
			routing: route('profile.getStatus'),
		},
		{
			name: 'Get Token Info',
			value: 'getTokenInfo',
			action: 'Get token info',
			description: 'Get the scopes, owner and dates of the access token in use (shown masked)',
			routing: route('profile.getTokenInfo'),
		},
		{
			name: 'Set Avatar',
			value: 'setAvatar',
			action: 'Set own avatar',
			description: 'Upload an image from the input item as the profile picture of the token owner',
			routing: route('profile.setAvatar'),
		},
		{
			name: 'Set Status',
			value: 'setStatus',
			action: 'Set own status',
			description: 'Set the status of the account the token belongs to',
			routing: route('profile.setStatus'),
		},
	],
};

export const profileFields: INodeProperties[] = [
	...statusFields('profile', 'setStatus'),
	...avatarFields('profile', 'setAvatar'),
];
