import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { UserError } from 'n8n-workflow';

import type { TokenInfo } from './tokenKinds';
import { missingScopes, wrongField } from './tokenKinds';
import { TOKEN_LABELS, TOKEN_SOURCES, filledRoles, tokenOf } from './tokens';

/** Pachca's own API root, the credential's default Base URL. */
export const PACHCA_BASE_URL = 'https://api.pachca.com/api/shared/v1';

export function baseUrlOf(credentials: ICredentialDataDecryptedObject): string {
	return String(credentials.baseUrl ?? '').replace(/\/+$/, '');
}

function describeFailure(status: number, body: unknown): string {
	const payload = (body ?? {}) as { error_description?: string; errors?: Array<{ message?: string }> };
	const detail = payload.error_description ?? payload.errors?.map((e) => e.message).join('; ');
	return detail ? `${detail} (HTTP ${status})` : `HTTP ${status}`;
}

/** Pachca's answer about a token; anything else (a web site's page at a wrong Base URL) is an error. */
async function tokenInfoOf(response: Response, baseUrl: string): Promise<TokenInfo> {
	const body = (await response.json().catch(() => undefined)) as { data?: unknown } | undefined;
	if (typeof body?.data !== 'object' || body.data === null) {
		const type = response.headers.get('content-type')?.split(';')[0] || 'no content type';
		throw new UserError(
			`${baseUrl} answered, but not as Pachca's API (${type}, no token information). ` +
				`Check the Base URL: Pachca's is ${PACHCA_BASE_URL}.`,
		);
	}
	return body.data as TokenInfo;
}

/**
 * Credential test: asks Pachca about every filled-in token and names the first one it rejects,
 * or that sits in the wrong field (a bot's token as Admin Token). n8n's test is pass or fail,
 * so scopes a token lacks fail it too, with a message that says the token itself works.
 * n8n's declarative credential test sends a single request, so the other tokens are checked
 * here with the runtime's fetch, against the same base URL. Refusals are UserErrors: a setup
 * mistake, which n8n logs by its message, not with a stack trace.
 */
export async function verifyEachToken(credentials: ICredentialDataDecryptedObject): Promise<void> {
	const roles = filledRoles(credentials);
	if (roles.length === 0) {
		throw new UserError('Fill in at least one token: Bot Token, Admin Token or Owner Token.');
	}
	const warnings: string[] = [];
	for (const role of roles) {
		let unreachable = '';
		const response = await fetch(`${baseUrlOf(credentials)}/oauth/token/info`, {
			headers: { Authorization: `Bearer ${tokenOf(credentials, role)}`, Accept: 'application/json' },
		}).catch((error: Error) => {
			unreachable = error.message;
			return undefined;
		});
		if (!response) {
			throw new UserError(`Could not reach Pachca at ${baseUrlOf(credentials)}: ${unreachable}. Check the Base URL.`);
		}
		if (!response.ok) {
			const body: unknown = await response.json().catch(() => undefined);
			throw new UserError(
				`The ${TOKEN_LABELS[role]} was rejected: ${describeFailure(response.status, body)}. Paste a current token from ${TOKEN_SOURCES[role]}.`,
			);
		}
		const info = await tokenInfoOf(response, baseUrlOf(credentials));
		const misplaced = wrongField(role, info);
		if (misplaced) throw new UserError(misplaced);
		const lacking = missingScopes(role, info);
		if (lacking) warnings.push(lacking);
	}
	if (warnings.length > 0) {
		throw new UserError(
			`${warnings.join(' ')} Add the scopes in Pachca (the bot's settings, or Automations → API for a person's ` +
				`token), or ignore this if you do not use those operations.`,
		);
	}
}
