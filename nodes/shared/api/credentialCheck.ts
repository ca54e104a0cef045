import type { ICredentialDataDecryptedObject, INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

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

/**
 * n8n logs a failed credential test once per error in its cause chain, and wraps whatever
 * `authenticate` throws in a NodeApiError unless it is one already (a UserError was logged twice,
 * a NodeOperationError three times: wrapper, error, its OperationalError cause). A NodeApiError
 * made from a plain object has no cause and passes through as it is: one line in the log. Its node
 * is this stand-in, since a credential test runs outside any workflow.
 */
const CREDENTIAL_TEST_NODE: INode = {
	id: 'pachca-api-credential-test',
	name: 'Pachca API credential test',
	type: 'pachcaApi',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

/** A setup mistake in the credential: the message says what to change; logged as a warning, without a stack. */
export function credentialRefusal(message: string): NodeApiError {
	return new NodeApiError(CREDENTIAL_TEST_NODE, {}, { message, level: 'warning' });
}

/** Pachca's answer about a token; anything else (a web site's page at a wrong Base URL) is an error. */
async function tokenInfoOf(response: Response, baseUrl: string): Promise<TokenInfo> {
	const body = (await response.json().catch(() => undefined)) as { data?: unknown } | undefined;
	if (typeof body?.data !== 'object' || body.data === null) {
		const type = response.headers.get('content-type')?.split(';')[0] || 'no content type';
		throw credentialRefusal(
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
 * here with the runtime's fetch, against the same base URL. Refusals are credentialRefusal()s: a setup
 * mistake, which n8n logs once, by its message, not with a stack trace.
 */
export async function verifyEachToken(credentials: ICredentialDataDecryptedObject): Promise<void> {
	const roles = filledRoles(credentials);
	if (roles.length === 0) {
		throw credentialRefusal('Fill in at least one token: Bot Token, Admin Token or Owner Token.');
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
			throw credentialRefusal(
				`Could not reach Pachca at ${baseUrlOf(credentials)}: ${unreachable}. Check the Base URL.`,
			);
		}
		if (response.status === 401 || response.status === 403) {
			const body: unknown = await response.json().catch(() => undefined);
			throw credentialRefusal(
				`The ${TOKEN_LABELS[role]} was rejected: ${describeFailure(response.status, body)}. Paste a current token from ${TOKEN_SOURCES[role]}.`,
			);
		}
		// Any other refusal (404 from a web site, 5xx from a proxy) is about where the requests go, not the token.
		if (!response.ok) {
			const type = response.headers.get('content-type')?.split(';')[0] || 'no content type';
			throw credentialRefusal(
				`${baseUrlOf(credentials)} answered HTTP ${response.status} (${type}) where Pachca's API tells about a ` +
					`token. Check the Base URL: Pachca's is ${PACHCA_BASE_URL}.`,
			);
		}
		const info = await tokenInfoOf(response, baseUrlOf(credentials));
		const misplaced = wrongField(role, info);
		if (misplaced) throw credentialRefusal(misplaced);
		const lacking = missingScopes(role, info);
		if (lacking) warnings.push(lacking);
	}
	if (warnings.length > 0) {
		throw credentialRefusal(
			`${warnings.join(' ')} Add the scopes in Pachca (the bot's settings, or Automations → API for a person's ` +
				`token), or ignore this if you do not use those operations.`,
		);
	}
}
