import type { INodeProperties } from 'n8n-workflow';

/**
 * Registration, Bot ID and Overwrite Bot URL When Testing: on the panel in version 1, under
 * Options from version 2 (where Slack's and Telegram's triggers show only events and options).
 * Version 1 stays as it was, so saved workflows keep their values and their panel.
 */
const V1 = { '@version': [1] };
const V2 = { '@version': [{ _cnd: { gte: 2 } }] };

const registration: INodeProperties = {
	displayName: 'Registration',
	name: 'registration',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Automatic',
			value: 'automatic',
			description:
				"Publishing the workflow (Activate in n8n 1.x) writes its URL into the bot's outgoing webhook; unpublishing clears it",
		},
		{ name: 'Manual', value: 'manual', description: 'You paste the URL into the bot settings yourself' },
	],
	default: 'automatic',
};

const botId: INodeProperties = {
	displayName: 'Bot ID',
	name: 'botId',
	type: 'string',
	default: '',
	placeholder: 'Empty: the bot of the Bot Token',
	description:
		"Leave empty for the bot whose Bot Token is in the credential. With a bot's ID the Admin " +
		'Token edits that bot and also subscribes it to exactly the selected events. Not used with Registration: Manual.',
};

const overwriteWhenTesting: INodeProperties = {
	displayName: 'Overwrite Bot URL When Testing',
	name: 'overwriteWhenTesting',
	type: 'boolean',
	default: false,
	description:
		"Whether a test may replace the bot's URL without reading it first. Needed only when the " +
		'credential has no Admin Token (a bot cannot read its own URL) and Bot ID is empty. Turn on ' +
		'only while no published workflow uses this bot.',
};

const MANUAL_STEPS =
	"In Pachca, paste this node's Production URL (Webhook URLs above) into the bot's settings " +
	'→ Outgoing Webhook, tick the same events, then publish the workflow (Activate in n8n 1.x). ' +
	'To test, paste the Test URL there for a while.';

/** Version 1: the knobs on the panel, as saved workflows have them. */
export const setupFieldsV1: INodeProperties[] = [
	{ ...registration, displayOptions: { show: V1 } },
	{ ...botId, displayOptions: { show: { ...V1, registration: ['automatic'] } } },
	{
		...overwriteWhenTesting,
		displayOptions: { show: { ...V1, registration: ['automatic'], botId: [''] } },
	},
	{
		displayName:
			'Publishing the workflow (Activate in n8n 1.x) points the bot at it; unpublishing clears that again, unless someone has changed it since.',
		name: 'automaticNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { ...V1, registration: ['automatic'] } },
	},
	{
		displayName: MANUAL_STEPS,
		name: 'manualNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { ...V1, registration: ['manual'] } },
	},
	{
		displayName:
			"Only if the credential's Webhook Signing Secret is empty: deliveries are then not " +
			'checked, and anyone who knows this URL can start the workflow. Copy the secret from the ' +
			"bot's settings → Outgoing Webhook.",
		name: 'signingNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: V1 },
	},
];

/** From version 2 one notice says what publishing does; the signing warning is on the credential. */
export const setupNoticesV2: INodeProperties[] = [
	{
		displayName:
			'Publishing the workflow (Activate in n8n 1.x) points the bot at it; unpublishing clears that again. Registration, Bot ID and testing: under Options.',
		name: 'automaticNotice',
		type: 'notice',
		default: '',
		displayOptions: { hide: { '@version': [1], '/options.registration': ['manual'] } },
	},
	{
		displayName: MANUAL_STEPS,
		name: 'manualNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { ...V2, '/options.registration': ['manual'] } },
	},
];

/** From version 2 the same knobs are options (their values live in `options`). */
export const setupOptionsV2: INodeProperties[] = [
	{ ...botId, displayOptions: { show: V2, hide: { registration: ['manual'] } } },
	{ ...overwriteWhenTesting, displayOptions: { show: V2, hide: { registration: ['manual'] } } },
	{ ...registration, displayOptions: { show: V2 } },
];
