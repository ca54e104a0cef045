import type { OperationSpec } from './catalogue';
import { OPERATIONS } from './catalogue';
import type { TokenRole } from './tokens';
import { TOKEN_LABELS, TOKEN_SOURCES } from './tokens';

/** What GET /oauth/token/info says about a token: `name` is null only for a bot's token. */
export interface TokenInfo {
	name?: string | null;
	scopes?: string[];
}

const SHOWN_SCOPES = 6;

/** Scopes of the operations the node sends with this token first (it is their least privileged token). */
export function scopesNeededBy(role: TokenRole): string[] {
	const specs = Object.values(OPERATIONS) as OperationSpec[];
	return [
		...new Set(specs.filter((spec) => spec.tokens[0] === role && spec.scope !== '').map((spec) => spec.scope)),
	].sort();
}

/** A bot's token in a person's field or the reverse: which field it belongs in. */
export function wrongField(role: TokenRole, info: TokenInfo): string | undefined {
	if (info.name === undefined) return undefined;
	const isBot = info.name === null;
	if (role === 'bot' && !isBot) {
		return (
			`The Bot Token field holds a person's API token, not a bot's. Move it to Admin Token (an ` +
			`administrator's) or Owner Token (the owner's), and paste the bot's token from ${TOKEN_SOURCES.bot} into Bot Token.`
		);
	}
	if (role !== 'bot' && isBot) {
		return (
			`The ${TOKEN_LABELS[role]} field holds a bot's token. Move it to Bot Token, and paste a token from ` +
			`${TOKEN_SOURCES[role]} into ${TOKEN_LABELS[role]}.`
		);
	}
	return undefined;
}

/** The scopes this token lacks for the operations the node gives it, said in one line; undefined when none. */
export function missingScopes(role: TokenRole, info: TokenInfo): string | undefined {
	const held = new Set(info.scopes ?? []);
	const missing = scopesNeededBy(role).filter((scope) => !held.has(scope));
	if (missing.length === 0) return undefined;
	const shown =
		missing.slice(0, SHOWN_SCOPES).join(', ') +
		(missing.length > SHOWN_SCOPES ? ` and ${missing.length - SHOWN_SCOPES} more` : '');
	const hint =
		role === 'owner' && !held.has('audit_events:read')
			? " If it is an administrator's token, move it to Admin Token."
			: '';
	return (
		`The ${TOKEN_LABELS[role]} works but lacks ${missing.length} scope${missing.length > 1 ? 's' : ''} the ` +
		`node uses it for: ${shown}. Operations needing them will answer 403.${hint}`
	);
}
