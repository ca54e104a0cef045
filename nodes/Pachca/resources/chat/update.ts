import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { collection } from '../../fields/collection';
import { PUBLIC } from './fields';

export const updateFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['update'] } },
	[
		collection({ displayName: 'Update Fields', name: 'chatUpdateFields' }, (option) => [
			option({ displayName: 'Name', name: 'name', type: 'string', default: '' }, 'body:chat.name', 'text'),
			option(PUBLIC, 'body:chat.public'),
		]),
	],
);
