import type { INodeProperties } from 'n8n-workflow';

import { eventsField, filtersField } from '../shared/triggerFilters';
import { PACHCA_SENDER_IP } from '../shared/webhookVerify';

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
		placeholder: '1738816',
		displayOptions: automatic,
		description:
			"Leave empty to let the bot register its own URL with the Bot Token. Fill in the bot's ID to register through the bot's settings with the Admin Token: the bot is then subscribed to exactly the selected events, and the node checks the bot's current URL before changing it.",
	},
	{
		displayName: 'Overwrite Bot URL When Testing',
		name: 'overwriteWhenTesting',
		type: 'boolean',
		default: false,
		displayOptions: { show: { registration: ['automatic'], botId: [''] } },
		description:
			"Whether Listen for Test Event may replace the bot's URL without checking it. With only a Bot Token the node cannot read the URL the bot uses now (Pachca lets a bot set it, not read it), so by default it refuses, to protect an active workflow. Turn on only while no active workflow uses this bot.",
	},
	{
		displayName:
			"Automatic: with Bot ID empty the bot registers itself (Bot Token, scope bot_self:webhook:write). With a Bot ID the Admin Token edits that bot (scope bots:write and edit access to the bot). Deactivating clears the URL only if it is still this workflow's.",
		name: 'automaticNotice',
		type: 'notice',
		default: '',
		displayOptions: automatic,
	},
	{
		displayName:
			"Manual: in Pachca open the bot's settings → Outgoing Webhook, paste this node's Production URL (Webhook URLs above) into Webhook URL, tick the same events, and activate this workflow. For a test run paste the Test URL there instead, then put the Production URL back.",
		name: 'manualNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { registration: ['manual'] } },
	},
	{
		displayName:
			"Every delivery is checked with the Webhook Signing Secret of the Pachca API credential (bot settings → Outgoing Webhook → Signing secret). While that field is empty, deliveries are accepted without a signature check: anyone who knows this URL can start the workflow.",
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
					'Whether n8n sits behind a reverse proxy you control that appends the sender to X-Forwarded-For. Only then is the last X-Forwarded-For entry used as the sender address; otherwise the connection address is.',
			},
			{
				displayName: 'Timestamp Window (Seconds)',
				name: 'timestampWindow',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 60,
				description: 'Reject deliveries whose webhook_timestamp is further than this from now, so a captured delivery cannot be replayed later',
			},
		],
	},
];
