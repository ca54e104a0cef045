import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { idField, paginationFields, simplifyField } from '../../fields/descriptions';
import { route } from '../../fields/route';
import { requireSome } from '../../fields/placeField';
import { createFields } from './create';
import { updateFields } from './update';

export const taskOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['task'] } },
	default: 'create',
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a task',
			description: 'Create a reminder, call, meeting, event or email task',
			routing: route('task.create'),
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a task',
			description: 'Delete a task by ID',
			routing: route('task.delete'),
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a task',
			description: 'Get a task by ID with its performers and due date',
			routing: route('task.get'),
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many tasks',
			description: 'List tasks, newest first',
			routing: route('task.getAll'),
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a task',
			description: 'Change a task or mark it done',
			routing: route('task.update', requireSome('taskUpdateFields')),
		},
	],
};

export const taskFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['task'], operation: ['get', 'update', 'delete'] } }, [
		idField('path:id', 'taskId', 'Task ID', 'Numeric ID of the task'),
	]),
	...createFields,
	...updateFields,
	...updateDisplayOptions({ show: { resource: ['task'], operation: ['getAll'] } }, paginationFields),
	...updateDisplayOptions({ show: { resource: ['task'], operation: ['get', 'getAll'] } }, [simplifyField]),
];
