import type { IDataObject, IHttpRequestOptions, IN8nHttpFullResponse } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import type { OperationKey, OperationSpec } from '../api/catalogue';
import { OPERATIONS, fillPath } from '../api/catalogue';
import type { AuthenticateAs, TokenRole } from '../api/tokens';
import type { PanelField } from './fieldWords';
import { leadOf } from './fieldWords';
import type { Lane, Slot, Turn } from './pace/lane';
import type { RateSettings } from './pace/rateLimits';
import type { CallContext } from './planCall';
import { DEFAULT_TIMEOUT_MS, planCall } from './planCall';
import type { PachcaFailure } from './retry';
import { decideRetry, jsonBodyOf, readFailure } from './retry';
import { cancelled, itemLabel, runOf, stopLaterItems, stoppedBy } from './runState';
import { toNodeApiError } from './shapeError';

/*
 * Stages 4–6 of an item: pace, send, retry. sendPachcaCall is the one way to send a Pachca call:
 * the node's operations (declarative or custom, through sendItem) and code that is not an
 * operation (list search, trigger hooks, uploads) all come here. From a custom operation:
 * `await sendPachcaCall(this, 'message.update', { ...itemCall(this, i), path: { id }, body })`.
 */

export interface SendContext extends CallContext {
	helpers: { httpRequest(options: IHttpRequestOptions): Promise<unknown> };
}

/** One Pachca call, as its caller knows it. */
export interface PachcaCall {
	/** Path parameters, for the `{name}` placeholders of the catalogue path. */
	path?: Record<string, string | number>;
	qs?: IDataObject;
	body?: IDataObject;
	/** The item it is for: pacing order, " [item n]" in errors, and Continue On Fail. */
	itemIndex?: number;
	/** The node's "Authenticate As" (default Auto). */
	as?: AuthenticateAs;
	/** The node's Rate Limits (default: Pachca's documented limits, paced). */
	rates?: RateSettings;
	timeout?: number;
	/** The operation's panel fields, so a 400/404 names the field and value (fieldLead). */
	fields?: PanelField[];
	/**
	 * A request already built (by the operation's field steps): its URL, path filled in, is below
	 * the credential's Base URL; its query, body, headers and n8n request settings are kept.
	 */
	request?: IHttpRequestOptions;
	/** Resolve to n8n's full response (downloads) rather than the checked JSON body. */
	fullResponse?: boolean;
}

/**
 * Sends one call to Pachca: plans it (the token chooseToken picks, the lane of that token and,
 * for message writes, that chat), waits for its turn in the lane, sends it with the token as its
 * Authorization, retries by decideRetry and turns a final failure into the shaped error. Without
 * Continue On Fail a failure also stops the run's later items.
 */
export async function sendPachcaCall(
	ctx: SendContext,
	operation: OperationKey | OperationSpec,
	call: PachcaCall = {},
): Promise<unknown> {
	const spec = typeof operation === 'string' ? OPERATIONS[operation] : operation;
	const { itemIndex, request } = call;
	const body = call.body ?? (request?.body as IDataObject | undefined);
	const { role, token, lane, baseUrl } = await planCall(ctx, spec, {
		forced: call.as,
		itemIndex,
		body,
		rates: call.rates,
	});
	// The node sets the token itself: the credential is read once per run, and no private header
	// has to carry the token choice to the credential's authenticate().
	const options: IHttpRequestOptions = {
		arrayFormat: 'brackets',
		json: true,
		...request,
		method: spec.method,
		url: request?.url ?? fillPath(spec.path, call.path ?? {}),
		baseURL: baseUrl,
		qs: call.qs ?? request?.qs,
		body,
		timeout: call.timeout ?? request?.timeout ?? DEFAULT_TIMEOUT_MS,
		headers: {
			Accept: 'application/json',
			...request?.headers,
			...(token === undefined ? {} : { Authorization: `Bearer ${token}` }),
		},
		returnFullResponse: true,
	};
	const send = async () => {
		const answer = (await ctx.helpers.httpRequest(options)) as IN8nHttpFullResponse;
		// The full response, so that a body that is not JSON (cut short, a proxy's page) is an error.
		return call.fullResponse ? answer : jsonBodyOf(answer);
	};
	return await callWithRetry(ctx, spec, role, send, { itemIndex, lane, fields: call.fields });
}

/**
 * The retry loop of every call, for callers that send something other than Pachca's API with its
 * token (the upload target, an incoming webhook): waits for its turn in the lane, then applies
 * Pachca's retry rules, each retry queued ahead of the requests not yet sent, and turns a final
 * failure into the shaped error. `send` performs the HTTP request and resolves to the answer.
 */
export async function callWithRetry(
	ctx: CallContext,
	spec: OperationSpec,
	role: TokenRole | undefined,
	send: () => Promise<unknown>,
	{ itemIndex, lane, fields }: { itemIndex?: number; lane?: Lane; fields?: PanelField[] } = {},
): Promise<unknown> {
	const turn: Turn = {
		run: runOf(ctx),
		item: itemIndex,
		skip: () => cancelled(ctx) || stoppedBy(ctx, itemIndex) !== undefined,
	};
	let slot = await enter(ctx, lane, turn, itemIndex);
	let seen429 = 0;
	for (let attempt = 1; ; attempt++) {
		let failure: PachcaFailure;
		try {
			const answer = await send();
			lane?.accepted();
			slot.release();
			return answer;
		} catch (error) {
			failure = readFailure(error);
		}
		const decision = decideRetry(failure, spec.method, attempt, seen429);
		if (!decision.retry) {
			stopLaterItems(ctx, itemIndex);
			slot.release();
			const { mayHaveApplied, rateLimit } = decision;
			throw toNodeApiError(ctx.getNode(), failure, {
				spec,
				role,
				itemIndex,
				mayHaveApplied,
				rateLimit,
				item: itemLabel(ctx, itemIndex),
				lead: leadOf(ctx, fields, failure, role, itemIndex),
			});
		}
		if (decision.rateLimited) {
			seen429++;
			lane?.penalize(decision.waitMs);
		}
		// Queued before the slot is released, so no later request slips in ahead of the retry.
		const next = enter(ctx, lane, { ...turn, retry: true, notBefore: Date.now() + decision.waitMs }, itemIndex);
		slot.release();
		slot = await next;
	}
}

const FREE: Slot = { release: () => undefined };

async function enter(ctx: CallContext, lane: Lane | undefined, turn: Turn, itemIndex?: number): Promise<Slot> {
	let slot: Slot | undefined = FREE;
	if (lane) {
		slot = await lane.acquire(turn);
	} else {
		const waitMs = (turn.notBefore ?? 0) - Date.now();
		if (waitMs > 0) await sleep(waitMs);
		if (turn.skip?.()) slot = undefined;
	}
	if (slot) return slot;
	const failed = stoppedBy(ctx, itemIndex);
	const why =
		failed === undefined
			? 'the execution was cancelled'
			: `item ${failed} failed first, and without "On Error: Continue" the node stops at the first failure`;
	throw new NodeOperationError(ctx.getNode(), `Not sent: ${why}.`, { itemIndex });
}
