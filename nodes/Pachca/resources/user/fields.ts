import type { INodeProperties } from 'n8n-workflow';

import type { CollectionOption } from '../../fields/collection';
import { customPropertiesOption } from '../../fields/collection';

/** Role options: `guest` only on create (and then with exactly one chat in Chat IDs). */
export function roleOptions(withGuest: boolean) {
	const roles = [
		{ name: 'Administrator', value: 'admin' },
		{ name: 'Employee', value: 'user' },
		{ name: 'Multi-Guest', value: 'multi_guest', description: 'A guest who can be in several chats' },
	];
	return withGuest
		? [...roles, { name: 'Guest', value: 'guest', description: 'Needs exactly one chat in Chat IDs' }]
		: roles;
}

/** Profile fields shared by Create (Additional Fields) and Update (Update Fields), sent under `user`. */
export function profileOptions(option: CollectionOption): INodeProperties[] {
	const text = (displayName: string, name: string, description?: string) =>
		option({ displayName, name, type: 'string', default: '', description }, `body:user.${name}`);
	return [
		customPropertiesOption(option, 'profile', 'body:user.custom_properties'),
		text('Department', 'department'),
		text('First Name', 'first_name'),
		text('Job Title', 'title'),
		text('Last Name', 'last_name'),
		option(
			{
				displayName: 'Group Tags (Names)',
				name: 'list_tags',
				type: 'string',
				default: '',
				placeholder: 'e.g. Design, Backend',
				description: 'Comma-separated names of the group tags the person has (replaces the current list)',
			},
			'body:user.list_tags',
			'textList',
		),
		text('Nickname', 'nickname', 'Username, shown as @nickname'),
		text('Phone Number', 'phone_number'),
		option(
			{
				displayName: 'Suspended',
				name: 'suspended',
				type: 'boolean',
				default: false,
				description: 'Whether the account is deactivated',
			},
			'body:user.suspended',
		),
	];
}
