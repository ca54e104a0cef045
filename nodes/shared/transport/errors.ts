import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { OperationSpec } from '../api/catalogue';
import type { PachcaFailure } from './failures';
import { oddAnswerWords } from './oddAnswers';
import type { RateLimitGiveUp } from './retry';
import { timeoutWords } from './timeout';
import type { TokenRole } from '../api/tokens';
import { hintFor } from './hints';

export interface FailureContext {
	spec: OperationSpec;
	role?: TokenRole;
	itemIndex?: number;
	/** For POSTs that failed after they were sent: Pachca may have applied them. */
	mayHaveApplied?: boolean;
	/** For a 429 that was not waited out: what Pachca asked and what the node allows. */
	rateLimit?: RateLimitGiveUp;
	/** Appended to the message, e.g. " [item 3]" (runState.ts itemLabel). */
	item?: string;
	/** The failure in the panel's words (fieldWords.ts), put before Pachca's own text. */
	lead?: string;
}

interface ApiErrorBody {
	errors?: Array<{ key?: string; message?: string; code?: string; value?: unknown }>;
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
	// A proxy's page, a cut-off body or no answer at all say so first (oddAnswers.ts, timeout.ts).
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

/** Values Pachca echoes back are the user's input: a field named like a secret is never shown. */
const SECRET_KEY = /token|secret|password|authorization/i;
const MAX_VALUE = 200;

/** Pachca's errors[] as the details panel shows them: key, value, code and message of each. */
function errorItems(body: unknown): JsonObject[] | undefined {
	const items = (typeof body === 'object' && body !== null ? (body as ApiErrorBody).errors : undefined) ?? [];
	if (!Array.isArray(items) || items.length === 0) return undefined;
	return items.map((entry) => {
		const key = typeof entry?.key === 'string' ? entry.key : null;
		let value = entry?.value === undefined ? null : entry.value;
		if (key && SECRET_KEY.test(key) && value !== null) value = '(hidden)';
		else if (typeof value === 'string' && value.length > MAX_VALUE) value = `${value.slice(0, MAX_VALUE)}…`;
		else if (value !== null && typeof value === 'object') value = JSON.stringify(value).slice(0, MAX_VALUE);
		return { key, value, code: entry?.code ?? null, message: entry?.message ?? null } as JsonObject;
	});
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
