import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { collection } from '../../fields/collection';
import { KIND_OPTIONS, taskOptions } from './fields';

export const updateFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['task'], operation: ['update'] } },
	[
		collection({ displayName: 'Update Fields', name: 'taskUpdateFields' }, (option) => [
			...taskOptions(option),
			option(
				{
					displayName: 'Done At',
					name: 'done_at',
					type: 'dateTime',
					default: '',
					description: 'When the task was completed',
				},
				'body:task.done_at',
				'date',
			),
			option(
				{ displayName: 'Kind', name: 'kind', type: 'options', default: 'reminder', options: KIND_OPTIONS },
				'body:task.kind',
			),
			option(
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					default: 'done',
					options: [
						{ name: 'Done', value: 'done' },
						{ name: 'Active', value: 'undone', description: 'Not done yet (reopens a done task)' },
					],
					description: 'Mark the task done, or active again',
				},
				'body:task.status',
			),
		]),
	],
);
