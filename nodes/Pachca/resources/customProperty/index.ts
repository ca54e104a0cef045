import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { route } from '../../fields/route';
import { sends } from '../../fields/placeField';

export const customPropertyOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['customProperty'] } },
	default: 'getAll',
	options: [
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many custom properties',
			description: 'List the custom fields defined for employees or for tasks (their IDs are used when setting values)',
			routing: route('customProperty.getAll'),
		},
	],
};

export const customPropertyFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['customProperty'], operation: ['getAll'] } },
	[
		sends(
			{
				displayName: 'Entity Type',
				name: 'propertyEntityType',
				type: 'options',
				default: 'User',
				required: true,
				options: [
					{ name: 'Task', value: 'Task', description: 'Custom fields of tasks' },
					{ name: 'User', value: 'User', description: 'Custom fields of employee profiles' },
				],
				description: 'Whose custom fields to list',
			},
			'qs:entity_type',
		),
	],
);
