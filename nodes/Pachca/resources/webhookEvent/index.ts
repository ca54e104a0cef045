import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { paginationFields } from '../../fields/descriptions';
import { route } from '../../fields/route';
import { sends } from '../../fields/placeField';

/** The bot's event history (kept when the bot's Event History setting is on): polling instead of a webhook. */
export const webhookEventOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['webhookEvent'] } },
	default: 'getAll',
	options: [
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a webhook event',
			description: "Remove a handled event from the bot's event history (bot token)",
			routing: route('webhookEvent.delete'),
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many webhook events',
			description: "Read the bot's recent events (messages, reactions, button clicks…), newest first",
			routing: route('webhookEvent.getAll'),
		},
	],
};

export const webhookEventFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['webhookEvent'], operation: ['delete'] } }, [
		sends(
			{
				displayName: 'Event ID',
				name: 'eventId',
				type: 'string',
				default: '',
				required: true,
				description: 'The "ID" of the event from Get Many',
			},
			'path:id',
			'text',
		),
	]),
	...updateDisplayOptions({ show: { resource: ['webhookEvent'], operation: ['getAll'] } }, paginationFields),
];
