import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { option } from '../../fields/descriptions';

const parent = 'updateFields';

export const updateFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['update'] } },
	[
		{
			displayName: 'Update Fields',
			name: parent,
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				option(parent, { displayName: 'Name', name: 'name', type: 'string', default: '' }, 'body:chat.name', 'text'),
				option(
					parent,
					{
						displayName: 'Public',
						name: 'public',
						type: 'boolean',
						default: false,
						description: 'Whether anyone in the workspace can find and join the chat',
					},
					'body:chat.public',
				),
			],
		},
	],
);
