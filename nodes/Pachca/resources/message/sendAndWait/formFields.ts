import type { INodeProperties } from 'n8n-workflow';

const fieldType: INodeProperties = {
	displayName: 'Element Type',
	name: 'fieldType',
	type: 'options',
	default: 'text',
	options: [
		{ name: 'Date', value: 'date' },
		{ name: 'Dropdown List', value: 'dropdown' },
		{ name: 'Email', value: 'email' },
		{ name: 'Number', value: 'number' },
		{ name: 'Text', value: 'text' },
		{ name: 'Textarea', value: 'textarea' },
	],
};

const fieldOptions: INodeProperties = {
	displayName: 'Field Options',
	name: 'fieldOptions',
	type: 'fixedCollection',
	placeholder: 'Add Field Option',
	default: { values: [{ option: '' }] },
	typeOptions: { multipleValues: true, sortable: true },
	displayOptions: { show: { fieldType: ['dropdown'] } },
	options: [
		{
			displayName: 'Values',
			name: 'values',
			values: [{ displayName: 'Option', name: 'option', type: 'string', default: '' }],
		},
	],
};

/**
 * Custom Form: the fields of the page the button opens, named like n8n's form fields
 * (`formFields.values[].fieldLabel`…); the answer holds each field under its label.
 */
export const formFieldsField: INodeProperties = {
	displayName: 'Form Elements',
	name: 'formFields',
	type: 'fixedCollection',
	placeholder: 'Add Form Element',
	default: {},
	typeOptions: { multipleValues: true, sortable: true },
	options: [
		{
			displayName: 'Values',
			name: 'values',
			values: [
				fieldType,
				{
					displayName: 'Field Name',
					name: 'fieldLabel',
					type: 'string',
					default: '',
					placeholder: 'e.g. What is your name?',
					description: 'Label shown above the field; the answer carries the value under this name',
					required: true,
				},
				fieldOptions,
				{
					displayName: 'Placeholder',
					name: 'placeholder',
					type: 'string',
					default: '',
					displayOptions: { hide: { fieldType: ['dropdown', 'date'] } },
				},
				{
					displayName: 'Required Field',
					name: 'requiredField',
					type: 'boolean',
					default: false,
					description: 'Whether the form can be sent without this field',
				},
			],
		},
	],
};
