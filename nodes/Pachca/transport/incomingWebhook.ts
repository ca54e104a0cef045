import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';
import { createHash } from 'crypto';

import { callWithRetry } from '../../shared/send/sendCall';
import type { OperationSpec } from '../../shared/api/catalogue';
import { laneFor } from '../../shared/send/pace/lane';
import { InputError } from '../../shared/api/validation';
import { toInputNodeError } from '../../shared/send/shapeError';
import type { MultiStep } from '../../shared/send/operations';

export const INCOMING_WEBHOOK_CREDENTIAL = 'pachcaIncomingWebhookApi';
export const INCOMING_WEBHOOK_KEY = 'incomingWebhook.send';

const FIX_URL =
	"Copy the Webhook URL again from the bot's settings → Incoming Webhook into the Pachca Incoming Webhook API credential.";

/**
 * A bot's incoming webhook is not part of Pachca's API spec (so not in the catalogue): a POST of
 * any JSON to the URL shown in the bot's settings, no token. The path shown in errors stands in
 * for the URL, which is the secret and never shown.
 */
export const INCOMING_WEBHOOK_SPEC: OperationSpec = {
	method: 'POST',
	path: '/webhooks/…',
	scope: '',
	tokens: [],
	hints: {
		400: "Pachca could not read the body. Send a JSON object whose fields the bot's template uses.",
		401: `Pachca refused the webhook URL. ${FIX_URL}`,
		403: `Pachca refused the webhook URL. ${FIX_URL}`,
		404: `Pachca knows no incoming webhook at this URL (a mistyped URL, or the bot was deleted). ${FIX_URL}`,
		422:
			"Pachca could not make a message of the body with the bot's template: check the template (bot settings → " +
			'Incoming Webhook) and that the body has the fields it uses.',
		other:
			"Pachca refused the request to the bot's incoming webhook. Check the webhook in the bot's settings and the body sent.",
		429:
			'Pachca takes about 10 requests per second per incoming webhook. Other workflows or apps are posting to ' +
			'the same URL: send fewer items at once.',
		network: 'Check the Webhook URL in the Pachca Incoming Webhook API credential and that Pachca is reachable.',
	},
};

/** Operations the node sends that Pachca's spec does not list (the catalogue test checks this list). */
export const OUTSIDE_SPEC: Readonly<Record<string, OperationSpec>> = { [INCOMING_WEBHOOK_KEY]: INCOMING_WEBHOOK_SPEC };

/** ~10 requests/s per webhook (guides/api-limits), 90 % of the bucket as for the API (pacerBuckets). */
const PER_SECOND = 10;
const BUCKETS = [{ perSecond: PER_SECOND, burst: Math.floor(PER_SECOND * 0.9) }];

function parsedUrl(text: string): URL | undefined {
	try {
		return new URL(text);
	} catch {
		return undefined;
	}
}

/** The credential's URL, checked; messages never repeat it. */
export function webhookUrlOf(credentials: ICredentialDataDecryptedObject): string {
	const raw = String(credentials.secretUrl ?? '').trim();
	if (raw === '')
		throw new InputError(`The Webhook URL in the Pachca Incoming Webhook API credential is empty. ${FIX_URL}`);
	const url = parsedUrl(raw);
	if (!url)
		throw new InputError(
			`The Webhook URL in the Pachca Incoming Webhook API credential is not a web address. ${FIX_URL}`,
		);
	if (!['https:', 'http:'].includes(url.protocol) || url.hostname === '') {
		throw new InputError(
			`The Webhook URL in the Pachca Incoming Webhook API credential must start with https://. ${FIX_URL}`,
		);
	}
	return url.toString();
}

/**
 * Incoming Webhook → Send: the body its field step built, POSTed to the credential's URL with the
 * same retries and error shaping as every call (callWithRetry), paced per webhook (one lane per
 * URL, keyed by a hash of it) so the messages go out in item order and under the limit.
 */
export const sendIncomingWebhook: MultiStep = async (ctx, { options, itemIndex, rates, timeout }) => {
	const body = options.body;
	const pace = rates.pace;
	const credentials = await ctx.getCredentials<ICredentialDataDecryptedObject>(INCOMING_WEBHOOK_CREDENTIAL, itemIndex);
	let url: string;
	try {
		url = webhookUrlOf(credentials);
	} catch (error) {
		throw toInputNodeError(ctx.getNode(), error, { itemIndex });
	}
	const key = `incomingWebhook:${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;
	const lane = pace ? laneFor(key, BUCKETS, true) : undefined;
	const send = async () =>
		await ctx.helpers.httpRequest({
			method: 'POST',
			url,
			body: body as IDataObject,
			json: true,
			timeout,
			headers: { Accept: 'application/json' },
		});
	await callWithRetry(ctx, INCOMING_WEBHOOK_SPEC, undefined, send, { itemIndex, lane });
	return [{ json: { success: true, sent: body as IDataObject } }];
};
