import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../../../fields/descriptions';
import { chatLocator, userLocator } from '../../../fields/locators';

/**
 * Where the question goes: the same pickers as Send a Message, without routing (the custom
 * operation reads them itself, nodes/Pachca/sendAndWait/question.ts).
 */
function plain(field: INodeProperties): INodeProperties {
	const { routing: _routing, ...rest } = field;
	return rest;
}

export const destinationFields: INodeProperties[] = [
	{
		displayName: 'Send To',
		name: 'entityType',
		type: 'options',
		default: 'discussion',
		options: [
			{ name: 'Chat', value: 'discussion', description: 'A group chat or channel' },
			{ name: 'Thread', value: 'thread', description: 'The thread of a message' },
			{ name: 'User', value: 'user', description: 'A direct message to one user' },
		],
	},
	{ ...plain(chatLocator('body:message.entity_id')), displayOptions: { show: { entityType: ['discussion'] } } },
	{
		...plain(idField('body:message.entity_id', 'threadId', 'Thread ID', 'ID of the thread (not of its chat)')),
		displayOptions: { show: { entityType: ['thread'] } },
	},
	{ ...plain(userLocator('body:message.entity_id')), displayOptions: { show: { entityType: ['user'] } } },
];
