import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../../../fields/descriptions';
import { chatLocator, userLocator } from '../../../fields/locators';
import { SEND_TO_OPTIONS } from '../../../fields/sendTo';

/**
 * Where the question goes: the same pickers as Send a Message, without routing (the custom
 * operation reads them itself: destinationOf).
 */
function plain(field: INodeProperties): INodeProperties {
	const rest = { ...field };
	delete rest.routing;
	return rest;
}

/*
 * Names of their own: n8n's RoutingNode reads every top-level property by name for each item,
 * so sharing Send a Message's names would read those parameters twice (the property-name test).
 */
export const destinationFields: INodeProperties[] = [
	{
		displayName: 'Send To',
		name: 'sendTo',
		type: 'options',
		default: 'discussion',
		options: SEND_TO_OPTIONS,
	},
	{
		...plain(chatLocator('body:message.entity_id', 'sendToChat')),
		displayOptions: { show: { sendTo: ['discussion'] } },
	},
	{
		...plain(idField('body:message.entity_id', 'sendToThread', 'Thread ID', 'ID of the thread (not of its chat)')),
		displayOptions: { show: { sendTo: ['thread'] } },
	},
	{ ...plain(userLocator('body:message.entity_id', 'sendToUser')), displayOptions: { show: { sendTo: ['user'] } } },
];
