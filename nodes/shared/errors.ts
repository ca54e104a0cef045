import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { OperationSpec } from './catalogue';
import type { TokenRole } from './tokens';
import { TOKEN_LABELS, TOKEN_SOURCES } from './tokens';

/** What went wrong with one Pachca call, reduced to what is safe to show (never a token). */
export interface PachcaFailure {
	status?: number;
	body?: unknown;
	/** Network-level code such as ECONNRESET, when no response came back. */
	code?: string;
	retryAfter?: string;
}

export interface FailureContext {
	spec: OperationSpec;
	role?: TokenRole;
	itemIndex?: number;
	/** For POSTs that failed after they were sent: Pachca may have applied them. */
	mayHaveApplied?: boolean;
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
	switch (failure.status) {
		case 400:
			return 'Pachca could not accept the request as sent. Check the fields named above.';
		case 401:
			return `Pachca rejected ${token}. Paste a current one into the Pachca API credential${role ? ` (from ${TOKEN_SOURCES[role]})` : ''}.`;
		case 402:
			return 'This feature needs a paid Pachca plan (the audit log and chat exports need Corporation). Upgrade the workspace or drop this step.';
		case 403:
			return oauthError === 'insufficient_scope'
				? `${token} lacks the scope "${spec.scope}". Grant that scope to the token in Pachca, or fill in another token that has it and set "Authenticate As" accordingly.`
				: `Pachca does not let ${token}'s user do this (for example: not a member or not an admin of that chat).`;
		case 404:
			return `Nothing found at ${spec.method} ${spec.path}: check the ID, and that ${token}'s user can see the object.`;
		case 409:
			return 'The request conflicts with the current state in Pachca (for example: already exists).';
		case 410:
			return 'The trigger_id has expired: Pachca accepts it for about 3 seconds after the button click. Open the form right after the Pachca Trigger, with no slow steps in between.';
		case 422:
			return 'Pachca refused the values sent. Fix the fields named above.';
		case 429:
			return "Pachca's rate limit was hit and the wait it asked for is longer than allowed. Lower the pace in Options or run fewer items at once.";
		default:
			if (failure.status && failure.status >= 500) return 'Pachca had a server error. Try again later.';
			return 'Check the Base URL in the Pachca API credential and that Pachca is reachable.';
	}
}

/** The one error shaper: Pachca's message, the HTTP status and a hint; no request headers. */
export function toNodeApiError(node: INode, failure: PachcaFailure, context: FailureContext): NodeApiError {
	const { text, keys, oauthError } = pachcaMessage(failure.body);
	const status = failure.status ? `HTTP ${failure.status}` : (failure.code ?? 'no response');
	let message = `Pachca: ${text ?? (failure.status ? 'request failed' : 'could not reach the server')} (${status})`;
	let description = hintFor(failure, context, oauthError);
	if (context.mayHaveApplied) {
		message = `Pachca did not confirm ${context.spec.method} ${context.spec.path} (${status}); it may or may not have been applied`;
		description = `Not retried, so nothing is done twice. Check in Pachca whether it happened before running again. ${description}`;
	}
	const safe: JsonObject = { status: failure.status ?? null, code: failure.code ?? null };
	if (failure.body !== undefined) safe.body = failure.body as JsonObject;
	if (keys.length) safe.fields = keys;
	return new NodeApiError(node, safe, {
		message,
		description,
		httpCode: failure.status ? String(failure.status) : undefined,
		itemIndex: context.itemIndex,
	});
}
