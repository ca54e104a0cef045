import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { BLOCK_TYPES } from './blocks';

const FIELD_TYPES = ['input', 'select', 'radio', 'checkbox', 'date', 'time', 'file_input'];
const forTypes = (...types: string[]) => ({ show: { type: types } });

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

const choice: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Option',
	default: {},
	displayOptions: forTypes('select', 'radio', 'checkbox'),
	options: [
		{
			name: 'option',
			displayName: 'Option',
			values: [
				{
					displayName: 'Text',
					name: 'text',
					type: 'string',
					default: '',
					description: 'Shown to the user (up to 75 characters)',
				},
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
					description: 'Sent to your workflow when chosen (up to 150 characters)',
				},
				{
					displayName: 'Description',
					name: 'description',
					type: 'string',
					default: '',
					description: 'Second line under the text (radio buttons and checkboxes only)',
				},
				{
					displayName: 'Preselected',
					name: 'preselected',
					type: 'boolean',
					default: false,
					description: 'Whether the option is chosen (checked) when the form opens',
				},
			],
		},
	],
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

type UiOption = { text?: string; value?: string; description?: string; preselected?: boolean };

/** A builder entry as a block of Pachca's view: only the settings its type takes, empty ones left out. */
function toBlock(entry: IDataObject): IDataObject {
	const type = String(entry.type ?? '');
	const block: IDataObject = { type };
	const copy = (key: string, value: unknown) => {
		if (value !== undefined && value !== '' && value !== false) block[key] = value as IDataObject[string];
	};
	if (['header', 'plain_text', 'markdown'].includes(type)) copy('text', entry.text);
	if (!FIELD_TYPES.includes(type)) return block;
	copy('name', entry.name);
	copy('label', entry.label);
	if (type === 'input') {
		for (const key of ['placeholder', 'multiline', 'initial_value']) copy(key, entry[key]);
		// 0 is the builder's "not set" for both lengths.
		if (Number(entry.min_length) > 0) block.min_length = Number(entry.min_length);
		// 3000 is Pachca's own limit, so only a lower one is sent.
		if (Number(entry.max_length) > 0 && Number(entry.max_length) < 3000) block.max_length = Number(entry.max_length);
	}
	if (['select', 'radio', 'checkbox'].includes(type)) {
		const preset = type === 'checkbox' ? 'checked' : 'selected';
		block.options = (((entry.options as IDataObject | undefined)?.option ?? []) as UiOption[]).map(
			({ text, value, description, preselected }) => ({
				text: text ?? '',
				value: value ?? '',
				...(description ? { description } : {}),
				...(preselected ? { [preset]: true } : {}),
			}),
		);
	}
	if (type === 'date' && entry.initial_date) block.initial_date = String(entry.initial_date).slice(0, 10);
	if (type === 'time') copy('initial_time', entry.initial_time);
	if (type === 'file_input') {
		const extensions = String(entry.filetypes ?? '')
			.split(',')
			.map((part) => part.trim().replace(/^\./, ''))
			.filter((part) => part !== '');
		if (extensions.length) block.filetypes = extensions;
		if (entry.max_files !== undefined) block.max_files = Number(entry.max_files);
	}
	copy('required', entry.required);
	copy('hint', entry.hint);
	return block;
}

/** The builder's value (`{ block: [...] }`) as the view's `blocks`. */
export function blocksFromBuilder(value: unknown): IDataObject[] {
	return (((value as IDataObject | undefined)?.block ?? []) as IDataObject[]).map(toBlock);
}
