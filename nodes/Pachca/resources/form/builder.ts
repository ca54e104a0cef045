import type { INodeProperties } from 'n8n-workflow';

import { BLOCK_TYPES, FIELD_TYPES } from './blocks';
import { choice, forTypes } from './builderOptions';

const TYPE_NAMES: Record<string, string> = {
	header: 'Header',
	plain_text: 'Plain Text',
	markdown: 'Markdown Text',
	divider: 'Divider',
	input: 'Text Input',
	select: 'Dropdown (Select)',
	radio: 'Radio Buttons',
	checkbox: 'Checkboxes',
	date: 'Date Picker',
	time: 'Time Picker',
	file_input: 'File Upload',
};

/** One block of the builder; each setting shows only for the block types that take it. */
const blockValues: INodeProperties[] = [
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		default: 'input',
		options: BLOCK_TYPES.map((value) => ({ name: TYPE_NAMES[value], value })),
	},
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		displayOptions: forTypes('header', 'plain_text', 'markdown'),
	},
	{
		displayName: 'Field Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Key of this answer in the submitted form',
		displayOptions: forTypes(...FIELD_TYPES),
	},
	{ displayName: 'Label', name: 'label', type: 'string', default: '', displayOptions: forTypes(...FIELD_TYPES) },
	{ displayName: 'Placeholder', name: 'placeholder', type: 'string', default: '', displayOptions: forTypes('input') },
	{
		displayName: 'Multiline',
		name: 'multiline',
		type: 'boolean',
		default: false,
		description: 'Whether the input takes several lines',
		displayOptions: forTypes('input'),
	},
	{
		displayName: 'Initial Value',
		name: 'initial_value',
		type: 'string',
		default: '',
		displayOptions: forTypes('input'),
	},
	{
		displayName: 'Min Length',
		name: 'min_length',
		type: 'number',
		default: 0,
		description: 'Fewest characters accepted (0: no minimum)',
		displayOptions: forTypes('input'),
	},
	{
		displayName: 'Max Length',
		name: 'max_length',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 3000 },
		default: 3000,
		description: 'Most characters accepted (Pachca allows up to 3000)',
		displayOptions: forTypes('input'),
	},
	choice,
	{
		displayName: 'Initial Date',
		name: 'initial_date',
		type: 'dateTime',
		default: '',
		displayOptions: forTypes('date'),
	},
	{
		displayName: 'Initial Time',
		name: 'initial_time',
		type: 'string',
		default: '',
		placeholder: '09:30',
		displayOptions: forTypes('time'),
	},
	{
		displayName: 'File Extensions',
		name: 'filetypes',
		type: 'string',
		default: '',
		placeholder: 'pdf, jpg, png',
		description: 'Allowed extensions, separated by commas; empty allows any',
		displayOptions: forTypes('file_input'),
	},
	{
		displayName: 'Max Files',
		name: 'max_files',
		type: 'number',
		default: 10,
		typeOptions: { minValue: 1, maxValue: 10 },
		displayOptions: forTypes('file_input'),
	},
	{
		displayName: 'Required',
		name: 'required',
		type: 'boolean',
		default: false,
		description: 'Whether the form can be sent without this field',
		displayOptions: forTypes(...FIELD_TYPES),
	},
	{
		displayName: 'Hint',
		name: 'hint',
		type: 'string',
		default: '',
		description: 'Grey text under the field',
		displayOptions: forTypes(...FIELD_TYPES),
	},
];

export const blocksBuilder: INodeProperties = {
	displayName: 'Blocks',
	name: 'blocksUi',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true, sortable: true },
	placeholder: 'Add Block',
	default: {},
	description: 'The form, top to bottom (up to 100 blocks)',
	options: [{ name: 'block', displayName: 'Block', values: blockValues }],
};
