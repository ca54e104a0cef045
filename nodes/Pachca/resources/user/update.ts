import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { collection } from '../../fields/collection';
import { profileOptions, roleOptions } from './fields';

export const updateFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['user'], operation: ['update'] } },
	[
		collection({ displayName: 'Update Fields', name: 'userUpdateFields' }, (option) => [
			...profileOptions(option),
			option(
				{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
				'body:user.email',
				'text',
			),
			option(
				{
					displayName: 'Role',
					name: 'role',
					type: 'options',
					default: 'user',
					options: roleOptions(false),
					description: 'Access level in the workspace',
				},
				'body:user.role',
			),
		]),
	],
);
