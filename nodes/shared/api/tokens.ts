import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/** The three kinds of Pachca access token one credential can hold. */
export type TokenRole = 'bot' | 'admin' | 'owner';

export type AuthenticateAs = TokenRole | 'auto';

export const TOKEN_ROLES: TokenRole[] = ['bot', 'admin', 'owner'];

/** Credential field that holds each token. */
export const TOKEN_FIELDS: Record<TokenRole, string> = {
	bot: 'botToken',
	admin: 'adminToken',
	owner: 'ownerToken',
};

export const TOKEN_LABELS: Record<TokenRole, string> = {
	bot: 'Bot Token',
	admin: 'Admin Token',
	owner: 'Owner Token',
};

/** Where each token comes from in Pachca, for error hints. */
export const TOKEN_SOURCES: Record<TokenRole, string> = {
	bot: "the bot's settings (Automations → Integrations → your bot → API)",
	admin: 'Automations → API while signed in as an administrator',
	owner: 'Automations → API while signed in as the workspace owner',
};

/**
 * The one private header left, and only on the credential's own Test request: it asks the
 * credential's `authenticate` to check every filled-in token (verifyEachToken), which removes it;
 * it never leaves n8n. The node's calls carry no such header: sendPachcaCall sets the chosen
 * token as the Authorization itself.
 */
export const CHECK_EACH_TOKEN_HEADER = 'x-pachca-check-each-token';

export class TokenChoiceError extends Error {}

export function tokenOf(credentials: ICredentialDataDecryptedObject, role: TokenRole): string {
	const value = credentials[TOKEN_FIELDS[role]];
	return typeof value === 'string' ? value.trim() : '';
}

export function filledRoles(credentials: ICredentialDataDecryptedObject): TokenRole[] {
	return TOKEN_ROLES.filter((role) => tokenOf(credentials, role) !== '');
}

export function isTokenRole(value: unknown): value is TokenRole {
	return typeof value === 'string' && (TOKEN_ROLES as string[]).includes(value);
}

function listLabels(roles: TokenRole[]): string {
	const labels = roles.map((role) => TOKEN_LABELS[role]);
	return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}` : labels[0];
}

/**
 * The one place that decides which token sends a request: the least privileged filled-in
 * token among those the operation allows (`allowed` is ordered least privileged first),
 * or the forced one. Throws TokenChoiceError naming the token to fill in and why.
 */
export function chooseToken(
	credentials: ICredentialDataDecryptedObject,
	allowed: TokenRole[],
	forced: AuthenticateAs = 'auto',
	what = 'This operation',
): TokenRole {
	if (forced !== 'auto') {
		if (!allowed.includes(forced)) {
			throw new TokenChoiceError(
				`${what} cannot be done with the ${TOKEN_LABELS[forced]}: Pachca allows it only with the ` +
					`${listLabels(allowed)}. Set "Authenticate As" to Auto or to one of those.`,
			);
		}
		if (tokenOf(credentials, forced) === '') {
			throw new TokenChoiceError(
				`"Authenticate As" is set to ${forced}, but the ${TOKEN_LABELS[forced]} in the Pachca API credential ` +
					`is empty. Fill it in (from ${TOKEN_SOURCES[forced]}) or set "Authenticate As" to Auto.`,
			);
		}
		return forced;
	}
	const role = allowed.find((candidate) => tokenOf(credentials, candidate) !== '');
	if (role === undefined) {
		throw new TokenChoiceError(
			`${what} needs the ${listLabels(allowed)}, and none of them is filled in. Add the ` +
				`${TOKEN_LABELS[allowed[0]]} to the Pachca API credential (from ${TOKEN_SOURCES[allowed[0]]}).`,
		);
	}
	return role;
}
