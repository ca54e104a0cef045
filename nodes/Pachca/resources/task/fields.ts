import type { INodeProperties } from 'n8n-workflow';

import type { CollectionOption } from '../../fields/descriptions';
import { manyPicker } from '../../fields/descriptions';

export const KIND_OPTIONS = [
	{ name: 'Call', value: 'call', description: 'Call a contact' },
	{ name: 'Email', value: 'email', description: 'Send an email' },
	{ name: 'Event', value: 'event' },
	{ name: 'Meeting', value: 'meeting' },
	{ name: 'Reminder', value: 'reminder', description: 'A simple reminder' },
];

const PRIORITY_OPTIONS = [
	{ name: 'Normal', value: 1 },
	{ name: 'Important', value: 2 },
	{ name: 'Very Important', value: 3 },
];

/** Task fields shared by Create (Additional Fields) and Update (Update Fields), sent under `task`. */
export function taskOptions(option: CollectionOption): INodeProperties[] {
	return [
		option(
			{
				displayName: 'All Day',
				name: 'all_day',
				type: 'boolean',
				default: false,
				description: 'Whether the task is for a whole day rather than a time',
			},
			'body:task.all_day',
		),
		option(
			{
				displayName: 'Custom Properties (JSON)',
				name: 'custom_properties',
				type: 'json',
				default: '[]',
				description:
					'Values of custom task fields: a JSON list of objects with the property ID and its value (IDs from Custom Property → Get Many)',
			},
			'body:task.custom_properties',
			'json',
		),
		option(
			{
				displayName: 'Description',
				name: 'content',
				type: 'string',
				typeOptions: { rows: 2 },
				default: '',
				description: 'What the task is about (defaults to the kind name)',
			},
			'body:task.content',
			'text',
		),
		option(
			{ displayName: 'Due At', name: 'due_at', type: 'dateTime', default: '', description: 'When the task is due' },
			'body:task.due_at',
			'date',
		),
		option(
			manyPicker('user', 'Performer Names or IDs', 'performer_ids', 'Who does the task'),
			'body:task.performer_ids',
			'idList',
		),
		option(
			{ displayName: 'Priority', name: 'priority', type: 'options', default: 1, options: PRIORITY_OPTIONS },
			'body:task.priority',
		),
	];
}
