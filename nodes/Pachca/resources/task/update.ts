import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { option } from '../../fields/descriptions';
import { KIND_OPTIONS, taskOptions } from './fields';

const parent = 'updateFields';

export const updateFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['task'], operation: ['update'] } },
	[
		{
			displayName: 'Update Fields',
			name: parent,
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				...taskOptions(parent),
				option(
					parent,
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
					parent,
					{ displayName: 'Kind', name: 'kind', type: 'options', default: 'reminder', options: KIND_OPTIONS },
					'body:task.kind',
				),
				option(
					parent,
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
			].sort((a, b) => a.displayName.localeCompare(b.displayName)),
		},
	],
);
