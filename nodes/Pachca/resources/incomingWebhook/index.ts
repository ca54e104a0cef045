import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { withInputErrors } from '../../../shared/send/shapeError';
import { route } from '../../fields/route';
import { incomingWebhookBody } from './body';

async function placeBody(item: IExecuteSingleFunctions, options: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body = await withInputErrors(item, async () => incomingWebhookBody(item));
	return { ...options, body };
}

export const incomingWebhookOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['incomingWebhook'] } },
	default: 'send',
	options: [
		{
			name: 'Send',
			value: 'send',
			action: 'Send through an incoming webhook',
			description:
				"Post JSON to the bot's incoming webhook: a message, shaped by the bot's template, in every group chat the bot is in",
			// Not in Pachca's API spec: sendIncomingWebhook posts it to the credential's URL.
			routing: route('incomingWebhook.send', placeBody),
		},
	],
};

export const incomingWebhookFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['incomingWebhook'], operation: ['send'] } },
	[
		{
			displayName:
				"Messages go to every group chat the bot is in, as the bot's template (bot settings → " +
				'Incoming Webhook) makes them from the fields sent. No API token is used: the URL in the ' +
				'Pachca Incoming Webhook API credential is the key.',
			name: 'incomingWebhookNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Send',
			name: 'specifyBody',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Input Item', value: 'item', description: "The input item's JSON, whole or only the fields listed" },
				{ name: 'Using Fields Below', value: 'keypair', description: 'Name and value pairs' },
				{ name: 'Using JSON', value: 'json', description: 'A JSON object' },
			],
			default: 'item',
			description: "What to post: the bot's template reads these fields, e.g. {{ client }}",
		},
		{
			displayName: 'Fields to Send',
			name: 'fieldsToSend',
			type: 'string',
			default: '',
			placeholder: 'e.g. client, amount, order.number',
			description:
				"Fields of the input item to send, separated by commas (dots reach into nested fields). Empty: the whole item's JSON.",
			displayOptions: { show: { specifyBody: ['item'] } },
		},
		{
			displayName: 'Fields',
			name: 'bodyFields',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Field',
			default: {},
			displayOptions: { show: { specifyBody: ['keypair'] } },
			options: [
				{
					displayName: 'Field',
					name: 'field',
					values: [
						{
							displayName: 'Name',
							name: 'name',
							type: 'string',
							default: '',
							description: 'Field name the template uses; dots nest (order.client)',
						},
						{ displayName: 'Value', name: 'value', type: 'string', default: '' },
					],
				},
			],
		},
		{
			displayName: 'JSON',
			name: 'jsonBody',
			type: 'json',
			default: '{\n  "text": ""\n}',
			displayOptions: { show: { specifyBody: ['json'] } },
		},
	],
);
