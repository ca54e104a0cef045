import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { collection } from '../../fields/collection';
import { idField, messageIdField, paginationFields } from '../../fields/descriptions';
import { route } from '../../fields/route';

export const threadOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['thread'] } },
	default: 'create',
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a thread on a message',
			description: 'Open (or get the existing) thread of a message',
			routing: route('thread.create'),
		},
		{
			name: 'Create Standalone',
			value: 'createStandalone',
			action: 'Create a standalone thread',
			description: 'A thread not linked to any message',
			routing: route('thread.createStandalone'),
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a thread',
			description: 'Get a thread by ID with the message it belongs to',
			routing: route('thread.get'),
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many threads',
			description: 'List the threads the token owner can see',
			routing: route('thread.getAll'),
		},
	],
};

export const threadFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['thread'], operation: ['create'] } }, [
		messageIdField('threadMessageId'),
	]),
	...updateDisplayOptions({ show: { resource: ['thread'], operation: ['get'] } }, [
		idField('path:id', 'selectedThreadId', 'Thread ID', 'ID of the thread (not of its chat)'),
	]),
	...updateDisplayOptions({ show: { resource: ['thread'], operation: ['getAll'] } }, [
		...paginationFields,
		collection({ displayName: 'Filters', name: 'threadFilters', placeholder: 'Add Filter' }, (option) => [
			option(
				{ displayName: 'Last Message After', name: 'last_message_at_after', type: 'dateTime', default: '' },
				'qs:last_message_at_after',
				'date',
			),
			option(
				{ displayName: 'Last Message Before', name: 'last_message_at_before', type: 'dateTime', default: '' },
				'qs:last_message_at_before',
				'date',
			),
		]),
	]),
];
