import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { collection, messageIdField, paginationFields } from '../../fields/descriptions';
import { route } from '../../fields/route';
import { sends } from '../../fields/placeField';

export const reactionOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['reaction'] } },
	default: 'add',
	options: [
		{
			name: 'Add',
			value: 'add',
			action: 'Add a reaction',
			description: 'Put an emoji reaction on a message',
			routing: route('reaction.add'),
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many reactions',
			description: 'List the reactions on a message and who put them',
			routing: route('reaction.getAll'),
		},
		{
			name: 'Remove',
			value: 'remove',
			action: 'Remove a reaction',
			description: 'Take back an emoji reaction the token owner put on a message',
			routing: route('reaction.remove'),
		},
	],
};

const emoji = (target: 'body' | 'qs'): INodeProperties[] => [
	sends(
		{
			displayName: 'Emoji',
			name: 'code',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 👍',
			description: 'The emoji character',
		},
		`${target}:code`,
		'text',
	),
	collection({ displayName: 'Additional Fields', name: 'additionalFields' }, (option) => [
		option(
			{
				displayName: 'Emoji Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'Text name of a custom emoji',
			},
			`${target}:name`,
		),
	]),
];

export const reactionFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['reaction'], operation: ['add', 'remove', 'getAll'] } }, [
		messageIdField(),
	]),
	...updateDisplayOptions({ show: { resource: ['reaction'], operation: ['add'] } }, emoji('body')),
	...updateDisplayOptions({ show: { resource: ['reaction'], operation: ['remove'] } }, emoji('qs')),
	...updateDisplayOptions({ show: { resource: ['reaction'], operation: ['getAll'] } }, paginationFields),
];
