import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { route } from '../../fields/route';
import { requireSome } from '../../fields/placeField';
import { messageIdField, simplifyField } from '../../fields/descriptions';
import { createFields } from './create';
import { getAllFields } from './getAll';
import { sendAndWaitFields } from './sendAndWait';
import { updateFields } from './update';
import { replyFields } from './reply';

const showFor = { show: { resource: ['message'] } };

export const messageOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: showFor,
	default: 'create',
	options: [
		{
			name: 'Send',
			value: 'create',
			action: 'Send a message',
			description: 'Send a message to a chat, thread or user',
			routing: route('message.create'),
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a message',
			description: 'Delete a message by ID; it disappears for everyone in the chat',
			routing: route('message.delete'),
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a message',
			description: 'Get a message by ID with its text, files, buttons and thread',
			routing: route('message.get'),
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many messages',
			description: 'List messages of a chat',
			routing: route('message.getAll'),
		},
		{
			name: 'Pin',
			value: 'pin',
			action: 'Pin a message',
			description: 'Pin a message at the top of its chat',
			routing: route('message.pin'),
		},
		{
			name: 'Reply',
			value: 'reply',
			action: 'Reply to the trigger message',
			description:
				'Answer the Pachca message (or button click) that started the workflow, in its thread or chat; splits long text',
		},
		{
			// A custom operation (nodes/Pachca/sendAndWait/): no routing, not an API endpoint.
			name: 'Send and Wait for Response',
			value: 'sendAndWait',
			action: 'Send message and wait for response',
			description: 'Post a question with answer buttons and wait until someone answers',
		},
		{
			name: 'Unpin',
			value: 'unpin',
			action: 'Unpin a message',
			description: 'Remove a pinned message from the top of its chat',
			routing: route('message.unpin'),
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a message',
			description: 'Edit the text, buttons or files of a message',
			routing: route('message.update', requireSome('messageUpdateFields')),
		},
	],
};

export const messageFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['message'], operation: ['get', 'update', 'delete', 'pin', 'unpin'] } }, [
		messageIdField(),
	]),
	...createFields,
	...getAllFields,
	...updateFields,
	...replyFields,
	...sendAndWaitFields,
	...updateDisplayOptions({ show: { resource: ['message'], operation: ['get', 'getAll'] } }, [simplifyField]),
];
