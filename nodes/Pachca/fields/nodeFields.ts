import type { INodeProperties } from 'n8n-workflow';

/** Resource picker entries, in the order users see them. */
export const resourceOptions = [
	{ name: 'Bot', value: 'bot' },
	{ name: 'Chat', value: 'chat' },
	{ name: 'Chat Export', value: 'chatExport' },
	{ name: 'Chat Member', value: 'chatMember' },
	{ name: 'Custom Property', value: 'customProperty' },
	{ name: 'File', value: 'file' },
	{ name: 'Form', value: 'form' },
	{ name: 'Group Tag', value: 'groupTag' },
	{ name: 'Incoming Webhook', value: 'incomingWebhook' },
	{ name: 'Link Preview', value: 'linkPreview' },
	{ name: 'Message', value: 'message' },
	{ name: 'Profile', value: 'profile' },
	{ name: 'Reaction', value: 'reaction' },
	{ name: 'Read Member', value: 'readMember' },
	{ name: 'Search', value: 'search' },
	{ name: 'Security', value: 'security' },
	{ name: 'Task', value: 'task' },
	{ name: 'Thread', value: 'thread' },
	{ name: 'User', value: 'user' },
	{ name: 'Webhook Event', value: 'webhookEvent' },
];

export const resource: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: resourceOptions,
	default: 'message',
};

/**
 * Read by readNodeSettings as `nodeOptions.authenticateAs`;
 * Auto picks the least privileged token.
 */
const authenticateAs: INodeProperties = {
	displayName: 'Authenticate As',
	name: 'authenticateAs',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Auto (Least Privileged Token)',
			value: 'auto',
			description: 'Bot token where a bot may do it, then admin, then owner',
		},
		{ name: 'Bot', value: 'bot', description: 'Always use the Bot Token' },
		{ name: 'Admin', value: 'admin', description: 'Always use the Admin Token' },
		{ name: 'Owner', value: 'owner', description: 'Always use the Owner Token' },
	],
	default: 'auto',
	description: 'Which token of the Pachca API credential sends the requests',
};

/**
 * Read by readNodeSettings (readRateSettings) as `nodeOptions.rateLimits`;
 * empty means Pachca's documented limits.
 */
const rateLimits: INodeProperties = {
	displayName: 'Rate Limits',
	name: 'rateLimits',
	type: 'collection',
	placeholder: 'Change a Limit',
	default: {},
	description:
		"The node waits before each request so each token stays under Pachca's limits. Lower a " +
		'rate if other workflows use the same token; raise it if Pachca allows you more.',
	options: [
		{
			displayName: 'Event History Reads per Second',
			name: 'eventReadsPerSecond',
			type: 'number',
			typeOptions: { minValue: 0.1, numberPrecision: 2 },
			default: 2.5,
			description: 'Reads of the bot event history per token (Pachca: about 5 per 2 seconds)',
		},
		{
			displayName: 'Message Burst per Second per Chat',
			name: 'messageBurstPerSecond',
			type: 'number',
			typeOptions: { minValue: 0.1, numberPrecision: 2 },
			default: 30,
			description:
				'Short bursts of message sends, edits and deletes per chat, kept up for at most 5 seconds (Pachca: up to 30)',
		},
		{
			displayName: 'Message Reads per Second',
			name: 'messageReadsPerSecond',
			type: 'number',
			typeOptions: { minValue: 0.1, numberPrecision: 2 },
			default: 10,
			description: 'Reads of messages per token (Pachca: about 10)',
		},
		{
			displayName: 'Message Writes per Second per Chat',
			name: 'messageWritesPerSecond',
			type: 'number',
			typeOptions: { minValue: 0.1, numberPrecision: 2 },
			default: 4,
			description: 'Sustained message sends, edits and deletes per chat (Pachca: about 4)',
		},
		{
			displayName: 'Other Requests per Second',
			name: 'otherPerSecond',
			type: 'number',
			typeOptions: { minValue: 0.1, numberPrecision: 2 },
			default: 50,
			description: 'All other requests per token (Pachca: about 50)',
		},
		{
			displayName: 'Pace Requests',
			name: 'pace',
			type: 'boolean',
			default: true,
			description:
				'Whether to wait for a free slot before each request. Off: send at once and only wait when Pachca answers 429.',
		},
	],
};

/**
 * An incoming webhook takes no token (its URL is the key) and Pachca holds it to about 10 requests
 * per second whatever the rates say (sendIncomingWebhook): of the settings only Pace
 * Requests applies, under the same path, so the transport reads it the same way.
 */
const webhookRateLimits: INodeProperties = {
	...rateLimits,
	description: "The node waits before each request so the webhook stays under Pachca's limit of about 10 per second",
	options: (rateLimits.options ?? []).filter((option) => option.name === 'pace'),
};

/**
 * The node's advanced knobs, last in the panel as n8n's own nodes keep them. Not named `options`
 * (several operations have a collection of that name) nor `requestOptions` (n8n's, declared by requestOptions).
 * One property for the API's resources, one for the incoming webhook: the webhook's panel offers
 * only what applies to it.
 */
export const nodeOptions: INodeProperties[] = [
	{
		displayName: 'Token and Rate Limits',
		name: 'nodeOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [authenticateAs, rateLimits],
		displayOptions: { hide: { resource: ['incomingWebhook'] } },
	},
	{
		displayName: 'Options',
		name: 'nodeOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [webhookRateLimits],
		displayOptions: { show: { resource: ['incomingWebhook'] } },
	},
];
