import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { OperationSpec } from '../api/catalogue';
import type { PachcaFailure } from './failures';
import { oddAnswerWords } from './oddAnswers';
import type { RateLimitGiveUp } from './retry';
import { timeoutWords } from './timeout';
import type { TokenRole } from '../api/tokens';
import { TOKEN_LABELS, TOKEN_SOURCES } from '../api/tokens';

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

function hintFor(failure: PachcaFailure, context: FailureContext, oauthError?: string): string {
	const { spec, role } = context;
	const token = role ? `the ${TOKEN_LABELS[role]}` : 'the token';
	const { hints } = spec;
	const own = failure.status
		? (hints?.[failure.status] ?? (failure.status < 500 ? hints?.other : undefined))
		: hints?.network;
	if (own) return own;
	// The upload target (direct_url) is the file storage, reached without a token.
	if (spec.tokens.length === 0 && failure.status && failure.status < 500) {
		return 'The file storage refused the upload link Pachca handed out (it is signed and expires soon). Run the step again to get a new one.';
	}
	switch (failure.status) {
		case 400:
			return 'Pachca could not accept the request as sent. Check the fields named above.';
		case 401:
			return `Pachca rejected ${token}. Paste a current one into the Pachca API credential${role ? ` (from ${TOKEN_SOURCES[role]})` : ''}.`;
		case 402:
			return (
				'This feature needs a paid Pachca plan (the audit log and chat exports need Corporation). Upgrade ' +
				'the workspace or drop this step.'
			);
		case 403:
			return oauthError === 'insufficient_scope'
				? `${token} lacks the scope "${spec.scope}". Grant that scope to the token in Pachca, or fill in ` +
						`another token that has it and set "Authenticate As" accordingly.`
				: `Pachca does not let ${token}'s user do this (for example: not a member or not an admin of that chat).`;
		case 404:
			return `Check the ID, and that ${token}'s user can see the object (Pachca answered ${spec.method} ${spec.path} with 404).`;
		case 409:
			return 'The request conflicts with the current state in Pachca (for example: already exists).';
		case 410:
			return (
				'The trigger_id has expired: Pachca accepts it for about 3 seconds after the button click. Open ' +
				'the form right after the Pachca Trigger, with no slow steps in between.'
			);
		case 422:
			return 'Pachca refused the values sent. Fix the fields named above.';
		case 429:
			return (
				"Lower the rates under the node's Token and Rate Limits → Rate Limits, or run fewer items at once. " +
				'A token that keeps hitting the limit can be blocked by Pachca for a while.'
			);
		default:
			if (failure.status && failure.status >= 500) return 'Pachca had a server error. Try again later.';
			return 'Check the Base URL in the Pachca API credential and that Pachca is reachable.';
	}
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
	let description = odd
		? `${odd.hint} ${hintFor(failure, context, oauthError)}`
		: hintFor(failure, context, oauthError);
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
	return new NodeApiError(node, safe, {
		message,
		description,
		httpCode: failure.status ? String(failure.status) : undefined,
		itemIndex: context.itemIndex,
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
