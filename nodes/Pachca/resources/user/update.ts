import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { option } from '../../fields/descriptions';
import { profileOptions, roleOptions } from './fields';

const parent = 'updateFields';

export const updateFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['user'], operation: ['update'] } },
	[
		{
			displayName: 'Update Fields',
			name: parent,
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				...profileOptions(parent),
				option(
					parent,
					{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
					'body:user.email',
					'text',
				),
				option(
					parent,
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
			].sort((a, b) => a.displayName.localeCompare(b.displayName)),
		},
	],
);
