import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { collection } from '../../fields/descriptions';

export const updateFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['update'] } },
	[
		collection({ displayName: 'Update Fields', name: 'chatUpdateFields' }, (option) => [
			option({ displayName: 'Name', name: 'name', type: 'string', default: '' }, 'body:chat.name', 'text'),
			option(
				{
					displayName: 'Public',
					name: 'public',
					type: 'boolean',
					default: false,
					description: 'Whether anyone in the workspace can find and join the chat',
				},
				'body:chat.public',
			),
		]),
	],
);
