import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { messageIdField, paginationFields } from '../../fields/descriptions';
import { route } from '../../fields/route';

export const readMemberOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['readMember'] } },
	default: 'getAll',
	options: [
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get users who read a message',
			description: 'One item per user ID that has read the message',
			routing: route('readMember.getAll'),
		},
	],
};

export const readMemberFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['readMember'], operation: ['getAll'] } },
	[messageIdField('readMemberMessageId'), ...paginationFields],
);
