import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { botUserId } from '../shared/webhooks/botIdentity';
import { CREDENTIAL_NAME } from '../shared/send/planCall';
import { deliveryKey, rememberOnce } from '../shared/webhooks/seenKeys';
import { skipReason } from '../shared/webhooks/filters';
import { eventNameOf } from '../shared/webhooks/events';
import { agentEvent } from '../shared/webhooks/agentInput';
import type { DeliveryRequest } from '../shared/webhooks/verifyDelivery';
import { verifyDelivery } from '../shared/webhooks/verifyDelivery';
import { readConfig } from './config';
import { rawBodyOf } from './rawBody';
import { answerWaiting } from './waitingAnswer';

/** Recent delivery keys kept for redelivery detection (Pachca delivers at least once). */
const REMEMBERED_DELIVERIES = 500;

/**
 * n8n's webhookResponse cannot carry a status code, so the node answers on the response
 * object itself and tells n8n (noWebhookResponse) that no other answer follows.
 */
function answer(ctx: IWebhookFunctions, status: number, body: IDataObject): void {
	const response = ctx.getResponseObject();
	response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
	response.end(JSON.stringify(body));
}

/** Handles one delivery: verify, answer, then filter and drop redeliveries before any execution starts. */
export async function receiveDelivery(ctx: IWebhookFunctions): Promise<IWebhookResponseData> {
	const config = readConfig(ctx);
	const credentials = await ctx.getCredentials<ICredentialDataDecryptedObject>(CREDENTIAL_NAME);
	const request = ctx.getRequestObject();
	const raw = await rawBodyOf(request);
	if (raw && 'tooLarge' in raw) {
		answer(ctx, 413, { error: 'Rejected: body is larger than 16 MiB' });
		return { noWebhookResponse: true };
	}
	const delivery: DeliveryRequest = {
		rawBody: raw?.bytes,
		headers: request.headers,
		remoteAddress: request.socket?.remoteAddress,
	};
	const verdict = verifyDelivery(delivery, {
		secret: String(credentials.signingSecret ?? '').trim(),
		windowSeconds: config.windowSeconds,
		allowedIps: config.allowedIps,
		trustProxy: config.trustedProxy,
		nowMs: Date.now(),
	});
	if (!verdict.ok) {
		answer(ctx, verdict.status, { error: `Rejected: ${verdict.reason}` });
		return { noWebhookResponse: true };
	}
	const payload = verdict.payload;
	const eventName = eventNameOf(payload);
	const store = ctx.getWorkflowStaticData('node');
	const ownId = config.filters.ignoreOwnMessages
		? await botUserId(ctx, store, "Ignore Bot's Own Messages", config.botId)
		: undefined;
	answer(ctx, 200, { received: true });
	if (await answerWaiting(ctx, payload)) return { noWebhookResponse: true };
	if (skipReason(payload, eventName, config.filters, ownId) !== undefined) return { noWebhookResponse: true };
	if (!rememberOnce(store, 'deliveries', deliveryKey(payload), REMEMBERED_DELIVERIES))
		return { noWebhookResponse: true };
	const { sessionScope: scope, filters, botId } = config;
	const json = await agentEvent(ctx, store, { ...payload, event_type: eventName }, eventName, {
		scope,
		commands: filters.commands,
		botId,
	});
	return { noWebhookResponse: true, workflowData: [[{ json }]] };
}
