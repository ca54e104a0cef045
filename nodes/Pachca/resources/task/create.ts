import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { collection } from '../../fields/collection';
import { manyPicker } from '../../fields/descriptions';
import { sends, sendsIfFilled } from '../../fields/placeField';
import { CONTENT, DUE_AT, KIND_OPTIONS, taskOptions } from './fields';

/** Shown as main fields on Create, so not again under Additional Fields. */
const IN_MAIN = ['content', 'due_at', 'performer_ids'];

export const createFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['task'], operation: ['create'] } },
	[
		sends(
			{
				displayName: 'Kind',
				name: 'kind',
				type: 'options',
				default: 'reminder',
				required: true,
				options: KIND_OPTIONS,
				description: 'Type of the task',
			},
			'body:task.kind',
		),
		sendsIfFilled({ ...CONTENT, name: 'taskContent' }, 'body:task.content', 'text'),
		sendsIfFilled(DUE_AT, 'body:task.due_at', 'date'),
		sendsIfFilled(
			manyPicker('user', 'Performer Names or IDs', 'performer_ids', 'Who does the task (the token owner when empty)'),
			'body:task.performer_ids',
			'idList',
		),
		collection({ displayName: 'Additional Fields', name: 'taskAdditionalFields' }, (option) => [
			...taskOptions(option).filter((field) => !IN_MAIN.includes(field.name)),
			option(
				{
					displayName: 'Chat ID',
					name: 'chat_id',
					type: 'number',
					default: 0,
					description: 'ID of the chat the task is linked to',
				},
				'body:task.chat_id',
				'id',
			),
		]),
	],
);
