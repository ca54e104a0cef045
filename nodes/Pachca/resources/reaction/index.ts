import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { collection } from '../../fields/collection';
import { messageIdField, paginationFields } from '../../fields/descriptions';
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

/** Add sends the emoji in the body, Remove in the query; `names` are the two fields' parameter names. */
const emoji = (target: 'body' | 'qs', names: { code: string; options: string }): INodeProperties[] => [
	sends(
		{
			displayName: 'Emoji',
			name: names.code,
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 👍',
			description: 'The emoji character',
		},
		`${target}:code`,
		'text',
	),
	collection({ displayName: 'Additional Fields', name: names.options }, (option) => [
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
		messageIdField('reactionMessageId'),
	]),
	...updateDisplayOptions(
		{ show: { resource: ['reaction'], operation: ['add'] } },
		emoji('body', { code: 'addEmoji', options: 'addAdditionalFields' }),
	),
	...updateDisplayOptions(
		{ show: { resource: ['reaction'], operation: ['remove'] } },
		emoji('qs', { code: 'removeEmoji', options: 'removeAdditionalFields' }),
	),
	...updateDisplayOptions({ show: { resource: ['reaction'], operation: ['getAll'] } }, paginationFields),
];
