import type { OperationSpec } from '../api/catalogue';
import type { TokenRole } from '../api/tokens';
import { TOKEN_LABELS, TOKEN_SOURCES } from '../api/tokens';
import type { PachcaFailure } from './retry';

/**
 * What to do about a failure: the operation's own hint for that status (the catalogue's `hints`),
 * else one by status, naming the token that was used and where to get a new one.
 */
export function hintFor(
	failure: PachcaFailure,
	spec: OperationSpec,
	role: TokenRole | undefined,
	oauthError?: string,
): string {
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
