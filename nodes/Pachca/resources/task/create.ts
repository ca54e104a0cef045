import type { INodeProperties } from 'n8n-workflow';

import { forOperations, option } from '../../shared/descriptions';
import { sends } from '../../shared/send';
import { KIND_OPTIONS, taskOptions } from './fields';

const parent = 'additionalFields';

export const createFields: INodeProperties[] = forOperations('task', ['create'], [
	sends({ displayName: 'Kind', name: 'kind', type: 'options', default: 'reminder', required: true, options: KIND_OPTIONS, description: 'Type of the task' }, 'body:task.kind'),
	{
		displayName: 'Additional Fields',
		name: parent,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			...taskOptions(parent),
			option(parent, { displayName: 'Chat ID', name: 'chat_id', type: 'number', default: 0, description: 'ID of the chat the task is linked to' }, 'body:task.chat_id', 'id'),
		].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
]);
