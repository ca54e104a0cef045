import type { INodeProperties } from 'n8n-workflow';

import { eventsField, filtersField } from '../shared/webhooks/filters';
import { PACHCA_SENDER_IP } from '../shared/webhooks/verifyDelivery';
import { sessionOption } from '../shared/webhooks/agentInput';

const automatic = { show: { registration: ['automatic'] } };

export const triggerProperties: INodeProperties[] = [
	eventsField,
	{
		displayName: 'Registration',
		name: 'registration',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Automatic',
				value: 'automatic',
				description: "Activating the workflow writes its URL into the bot's outgoing webhook; deactivating clears it",
			},
			{ name: 'Manual', value: 'manual', description: 'You paste the URL into the bot settings yourself' },
		],
		default: 'automatic',
	},
	{
		displayName: 'Bot ID',
		name: 'botId',
		type: 'string',
		default: '',
		placeholder: 'Empty: the bot of the Bot Token',
		displayOptions: automatic,
		description:
			"Leave empty for the bot whose Bot Token is in the credential. With a bot's ID the Admin " +
			'Token edits that bot and also subscribes it to exactly the selected events.',
	},
	{
		displayName: 'Overwrite Bot URL When Testing',
		name: 'overwriteWhenTesting',
		type: 'boolean',
		default: false,
		displayOptions: { show: { registration: ['automatic'], botId: [''] } },
		description:
			"Whether a test may replace the bot's URL without reading it first. Needed only when the " +
			'credential has no Admin Token (a bot cannot read its own URL). Turn on only while no ' +
			'active workflow uses this bot.',
	},
	{
		displayName:
			'Activating the workflow points the bot at it; deactivating clears that again, unless someone has changed it since.',
		name: 'automaticNotice',
		type: 'notice',
		default: '',
		displayOptions: automatic,
	},
	{
		displayName:
			"In Pachca, paste this node's Production URL (Webhook URLs above) into the bot's settings " +
			'→ Outgoing Webhook, tick the same events, then activate the workflow. To test, paste the ' +
			'Test URL there for a while.',
		name: 'manualNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { registration: ['manual'] } },
	},
	{
		displayName:
			"Only if the credential's Webhook Signing Secret is empty: deliveries are then not " +
			'checked, and anyone who knows this URL can start the workflow. Copy the secret from the ' +
			"bot's settings → Outgoing Webhook.",
		name: 'signingNotice',
		type: 'notice',
		default: '',
	},
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
				displayName: 'Allowed Sender IPs',
				name: 'allowedIps',
				type: 'string',
				default: '',
				placeholder: PACHCA_SENDER_IP,
				description: `Accept deliveries only from these addresses, separated by commas. Pachca sends from ${PACHCA_SENDER_IP}.`,
			},
			{
				displayName: 'Behind a Trusted Proxy',
				name: 'trustedProxy',
				type: 'boolean',
				default: false,
				description:
					'Whether n8n sits behind a reverse proxy you control that appends the sender to ' +
					'X-Forwarded-For. Only then is the last X-Forwarded-For entry used as the sender address; ' +
					'otherwise the connection address is.',
			},
			{
				displayName: 'Timestamp Window (Seconds)',
				name: 'timestampWindow',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 60,
				description:
					'Reject deliveries whose webhook_timestamp is further than this from now, so a captured ' +
					'delivery cannot be replayed later',
			},
		],
	},
];
