import type { INodeProperties } from 'n8n-workflow';

import type { CollectionOption } from '../../fields/collection';
import { customPropertiesOption } from '../../fields/collection';
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

/** Description and Due At: main fields on Create, Update Fields on Update. */
export const CONTENT: INodeProperties = {
	displayName: 'Description',
	name: 'content',
	type: 'string',
	typeOptions: { rows: 2 },
	default: '',
	description: 'What the task is about (defaults to the kind name)',
};
export const DUE_AT: INodeProperties = {
	displayName: 'Due At',
	name: 'due_at',
	type: 'dateTime',
	default: '',
	description: 'When the task is due',
};

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
		customPropertiesOption(option, 'task', 'body:task.custom_properties'),
		option(CONTENT, 'body:task.content', 'text'),
		option(DUE_AT, 'body:task.due_at', 'date'),
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
