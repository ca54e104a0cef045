import type { IDataObject, INode, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { OperationSpec } from '../api/catalogue';
import { TokenChoiceError } from '../api/tokens';
import type { TokenRole } from '../api/tokens';
import { InputError } from '../api/validation';
import { hintFor } from './hints';
import type { OddAnswer, PachcaFailure, RateLimitGiveUp } from './retry';
import type { RunContext } from './runState';
import { itemLabel, stopLaterItems } from './runState';
import { errorItems } from './errorDetails';

/*
 * Stage 7 of an item that failed: the error as the user sees it. Bad input (a field, a token)
 * becomes a NodeOperationError that names what to fix; a failed call becomes a NodeApiError with
 * Pachca's message, the HTTP status and a hint, never a token.
 */

const waited = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`);

/** Message text and hint for a request that got no answer in time. */
export function timeoutWords(waitedMs: number | undefined): { text: string; hint: string } {
	const after = waitedMs === undefined ? '' : ` within ${waited(waitedMs)}`;
	return {
		text: `no answer${after}`,
		hint:
			`Pachca usually answers within a second; this request got no answer${after} and was abandoned. The ` +
			`limit is the node's Request Options → Timeout (60 s when not set). Check that Pachca, and any proxy between n8n and Pachca, is up.`,
	};
}

/** Message text and the opening of the hint for an odd answer. */
export function oddAnswerWords(odd: OddAnswer, status?: number, statusText?: string): { text: string; hint: string } {
	const html = /html/i.test(odd.contentType ?? '') || /^\s*<(!doctype|html)/i.test(odd.head);
	const statusLine = status ? `HTTP ${status}${statusText ? ` ${statusText}` : ''}` : 'an answer';
	const titled = odd.title ? ` "${odd.title}"` : '';
	let text = html ? (odd.title ?? 'a web page') : odd.head;
	if (status && status < 300)
		text = html ? `the answer is a web page${titled}, not JSON` : 'the answer is not complete JSON';
	// A titled page is named by its title; anything else is shown by its opening.
	const opening = html && odd.title ? '' : `, starting with: ${odd.head}`;
	const what = `${statusLine}, ${odd.contentType ?? 'no content type'}, ${odd.size} bytes${opening}`;
	let hint = `The answer is not in Pachca's JSON format, so something other than Pachca's API may have answered (${what}).`;
	if (html)
		hint =
			`Something between n8n and Pachca (a proxy, gateway or firewall) answered instead of Pachca, or the ` +
			`Base URL in the Pachca API credential points at a web site (${what}).`;
	else if (status && status < 300)
		hint = `Pachca's answer was cut short or replaced on the way, for example by a proxy or a dropped connection (${what}).`;
	return { text, hint };
}

export interface FailureContext {
	spec: OperationSpec;
	role?: TokenRole;
	itemIndex?: number;
	/** For POSTs that failed after they were sent: Pachca may have applied them. */
	mayHaveApplied?: boolean;
	/** For a 429 that was not waited out: what Pachca asked and what the node allows. */
	rateLimit?: RateLimitGiveUp;
	/** Appended to the message, e.g. " [item 3]" (itemLabel). */
	item?: string;
	/** The failure in the panel's words (fieldLead), put before Pachca's own text. */
	lead?: string;
}

interface ApiErrorBody {
	errors?: Array<{ key?: string; message?: string; code?: string }>;
	error?: string;
	error_description?: string;
}

/** Pachca's own words: `errors[].message` (with the field key), or an OAuth `error_description`. */
export function pachcaMessage(body: unknown): { text?: string; keys: string[]; oauthError?: string } {
	const payload = (typeof body === 'object' && body !== null ? body : {}) as ApiErrorBody;
	if (Array.isArray(payload.errors) && payload.errors.length > 0) {
		const keys = payload.errors.map((e) => e.key).filter((k): k is string => !!k);
		const text = payload.errors
			.map((e) => (e.key && e.message ? `${e.key}: ${e.message}` : (e.message ?? e.key)))
			.join('; ');
		return { text, keys };
	}
	if (payload.error_description || payload.error) {
		return { text: payload.error_description ?? payload.error, keys: [], oauthError: payload.error };
	}
	return { text: typeof body === 'string' && body.length < 300 ? body : undefined, keys: [] };
}

/** The one error shaper: Pachca's message, the HTTP status and a hint; no request headers. */
export function toNodeApiError(node: INode, failure: PachcaFailure, context: FailureContext): NodeApiError {
	const { keys, oauthError, ...pachca } = pachcaMessage(failure.body);
	// A proxy's page, a cut-off body or no answer at all say so first (oddAnswerWords, timeoutWords).
	const odd = failure.odd
		? oddAnswerWords(failure.odd, failure.status, failure.statusText)
		: failure.code === 'ETIMEDOUT'
			? timeoutWords(failure.waitedMs)
			: undefined;
	const text = odd?.text ?? pachca.text;
	const status = failure.status ? `HTTP ${failure.status}` : networkTrouble(failure.code);
	let message = `Pachca: ${text ?? (failure.status ? 'request failed' : 'could not reach the server')} (${status})`;
	if (context.lead) message = `${context.lead} (Pachca: ${text ?? 'request failed'}, ${status})`;
	const hint = hintFor(failure, context.spec, context.role, oauthError);
	let description = odd ? `${odd.hint} ${hint}` : hint;
	if (failure.code) description += ` Network error code: ${failure.code}.`;
	if (context.mayHaveApplied) {
		message = `Pachca did not confirm ${context.spec.method} ${context.spec.path} (${status}); it may or may not have been applied`;
		description = `Not retried, so nothing is done twice. Check in Pachca whether it happened before running again. ${description}`;
	}
	if (context.rateLimit) message = rateLimitMessage(context.rateLimit);
	message += context.item ?? '';
	// `networkCode`, not `code`: NodeApiError swaps its own text in for a message when it sees ECONNRESET & co. under `code`.
	const safe: JsonObject = { status: failure.status ?? null, networkCode: failure.code ?? null };
	// Of a page or a cut-off answer only the opening is kept.
	if (failure.body !== undefined) safe.body = (failure.odd?.head ?? failure.body) as JsonObject;
	if (keys.length) safe.fields = keys;
	const error = new NodeApiError(node, safe, {
		message,
		description,
		httpCode: failure.status ? String(failure.status) : undefined,
		itemIndex: context.itemIndex,
	});
	// n8n's error details show `context.data` as "Error data": Pachca's errors[] go there.
	const errors = errorItems(failure.body);
	if (errors) error.context.data = { errors };
	return error;
}

/**
 * Network failures in words. The code itself stays out of the message: NodeApiError replaces any
 * message that contains ECONNRESET & co. with a generic text of its own.
 */
const NETWORK_TROUBLE: Record<string, string> = {
	ECONNRESET: 'connection reset',
	ECONNABORTED: 'connection aborted',
	ECONNREFUSED: 'connection refused',
	ETIMEDOUT: 'timed out',
	ESOCKETTIMEDOUT: 'timed out',
	EPIPE: 'connection broken',
	ENOTFOUND: 'host not found',
	EAI_AGAIN: 'host name lookup failed',
};

function networkTrouble(code: string | undefined): string {
	return (code && NETWORK_TROUBLE[code]) ?? 'no response';
}

const seconds = (ms: number) => `${Math.ceil(ms / 1000)} s`;

function rateLimitMessage({ askedMs, capMs, retries }: RateLimitGiveUp): string {
	if (askedMs !== undefined && askedMs > capMs) {
		return (
			`Pachca rate limit (HTTP 429): Pachca asked to wait ${seconds(askedMs)} (Retry-After) before retrying, ` +
			`longer than the ${seconds(capMs)} this node waits`
		);
	}
	return `Pachca rate limit (HTTP 429): still refused after ${retries} waits for the rate limit`;
}

/** Where the error is shown: the item, its " [item 3]" label (itemLabel) and a hint below the message. */
export interface InputErrorPlace {
	itemIndex?: number;
	itemLabel?: string;
	description?: string;
}

/**
 * The one place where bad input becomes n8n's error. An InputError (a field) or a
 * TokenChoiceError (the credential's tokens) already names what to fix, so its message is the
 * error shown, with the item named; any other error is wrapped as it is. Stopping the later
 * items is the caller's explicit step (stopLaterItems).
 */
export function toInputNodeError(node: INode, error: unknown, place: InputErrorPlace = {}): NodeOperationError {
	const { itemIndex, itemLabel = '', description } = place;
	if (error instanceof InputError || error instanceof TokenChoiceError) {
		return new NodeOperationError(node, `${error.message}${itemLabel}`, { itemIndex, description });
	}
	return new NodeOperationError(node, error as Error, { itemIndex, description });
}

/**
 * Runs `work` and shows an InputError (bad input, named field and fix) as the node's error for
 * this item; without Continue On Fail the later items are not sent. Other errors (Pachca's,
 * already shaped) pass through unchanged.
 */
export async function withInputErrors<T>(
	ctx: RunContext & { getNode(): INode; getItemIndex(): number },
	work: () => Promise<T>,
): Promise<T> {
	let failure: unknown;
	let result: T | undefined;
	await work().then(
		(value) => {
			result = value;
		},
		(error: unknown) => {
			failure = error;
		},
	);
	if (failure instanceof InputError) {
		const itemIndex = ctx.getItemIndex();
		stopLaterItems(ctx, itemIndex);
		throw toInputNodeError(ctx.getNode(), failure, { itemIndex, itemLabel: itemLabel(ctx, itemIndex) });
	}
	if (failure !== undefined) throw failure;
	return result as T;
}

/** n8n's shape for a failed item under On Error: Continue: `{ json: { error } }` that later nodes can test, plus the error. */
export function failedItem(error: NodeApiError | NodeOperationError, itemIndex: number): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
	return { json, error, pairedItem: { item: itemIndex } };
}
