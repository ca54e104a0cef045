import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { collection } from '../../fields/collection';
import { paginationFields, simplifyField } from '../../fields/descriptions';
import { groupTagLocator } from '../../fields/locators';
import { route } from '../../fields/route';
import { sends } from '../../fields/placeField';

export const groupTagOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['groupTag'] } },
	default: 'getAll',
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a group tag',
			description: 'Create a named group of employees (admin)',
			routing: route('groupTag.create'),
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a group tag',
			description: 'Delete a group tag; employees lose it (admin)',
			routing: route('groupTag.delete'),
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a group tag',
			description: 'Get a group tag with its number of employees',
			routing: route('groupTag.get'),
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many group tags',
			description: 'List group tags, optionally only those with given names',
			routing: route('groupTag.getAll'),
		},
		{
			name: 'Get Users',
			value: 'getUsers',
			action: 'Get users of a group tag',
			description: 'List the employees who have a group tag',
			routing: route('groupTag.getUsers'),
		},
		{
			name: 'Rename',
			value: 'update',
			action: 'Rename a group tag',
			description: 'Rename a group tag (admin)',
			routing: route('groupTag.update'),
		},
	],
};

export const groupTagFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['groupTag'], operation: ['get', 'update', 'delete', 'getUsers'] } }, [
		groupTagLocator('path:id'),
	]),
	...updateDisplayOptions({ show: { resource: ['groupTag'], operation: ['create', 'update'] } }, [
		sends(
			{
				displayName: 'Name',
				name: 'groupTagName',
				type: 'string',
				default: '',
				required: true,
				description: 'Tag name, unique in the workspace',
			},
			'body:group_tag.name',
			'text',
		),
	]),
	...updateDisplayOptions({ show: { resource: ['groupTag'], operation: ['getAll', 'getUsers'] } }, paginationFields),
	...updateDisplayOptions({ show: { resource: ['groupTag'], operation: ['getAll'] } }, [
		collection({ displayName: 'Filters', name: 'groupTagFilters', placeholder: 'Add Filter' }, (option) => [
			option(
				{
					displayName: 'Names',
					name: 'names',
					type: 'string',
					default: '',
					placeholder: 'e.g. Design, Backend',
					description: 'Comma-separated tag names; only tags with exactly these names',
				},
				'qs:names',
				'textList',
			),
		]),
	]),
	...updateDisplayOptions({ show: { resource: ['groupTag'], operation: ['getUsers'] } }, [simplifyField]),
];
