import type { INodeProperties } from 'n8n-workflow';

/** Shows a builder setting only for the block types that take it. */
export const forTypes = (...types: string[]) => ({ show: { type: types } });

/** The options of a dropdown, radio or checkbox block in the builder. */
export const choice: INodeProperties = {
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
