import type { INodeProperties } from 'n8n-workflow';

import { eventsField, filtersField } from '../shared/webhooks/filters';
import { sessionOption } from '../shared/webhooks/agentInput';

export const pollingProperties: INodeProperties[] = [
	{
		displayName:
			"Reads the bot's event history with the Bot Token, for n8n instances Pachca cannot " +
			'reach. In the bot settings (Outgoing Webhook) turn on "Save event history" and tick the ' +
			'events selected here: the history holds only those.',
		name: 'historyNotice',
		type: 'notice',
		default: '',
	},
	eventsField,
	filtersField,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			sessionOption,
			{
				displayName: 'Delete Events After Emitting',
				name: 'deleteAfterEmit',
				type: 'boolean',
				default: false,
				description:
					"Whether to remove emitted events from the bot's history with Pachca's Delete Event " +
					'method. They are deleted at the start of the next poll, once n8n has taken them, so none ' +
					'is lost if a poll fails.',
			},
			{
				displayName: 'Emit Events From Before Publishing',
				name: 'emitExisting',
				type: 'boolean',
				default: false,
				description:
					'Whether the first poll after the workflow is published (activated in n8n 1.x) emits the ' +
					'events already in the history (up to ' +
					'1000). Off: it only notes them and later polls emit what is new.',
			},
		],
	},
];
