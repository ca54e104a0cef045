import type { ICredentialDataDecryptedObject, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationSpec } from './catalogue';
import { toNodeApiError } from './errors';
import { readFailure } from './failures';
import { decideRetry, wait } from './retry';
import type { AuthenticateAs, TokenRole } from './tokens';
import { chooseToken } from './tokens';

export const CREDENTIAL_NAME = 'pachcaApi';

/** What every n8n context offers that a Pachca call needs. */
export interface CallContext {
	getNode(): INode;
	getCredentials<T extends object = ICredentialDataDecryptedObject>(type: string, itemIndex?: number): Promise<T>;
}

/** Picks the token for a call before anything is sent; a missing token is the user's to fix. */
export async function roleFor(
	ctx: CallContext,
	spec: OperationSpec,
	forced: AuthenticateAs = 'auto',
	itemIndex?: number,
): Promise<TokenRole> {
	const credentials = await ctx.getCredentials<ICredentialDataDecryptedObject>(CREDENTIAL_NAME, itemIndex);
	try {
		return chooseToken(credentials, spec.tokens, forced, `${spec.method} ${spec.path}`);
	} catch (error) {
		throw new NodeOperationError(ctx.getNode(), (error as Error).message, {
			itemIndex,
			description: `Pachca requires the scope "${spec.scope}" for ${spec.method} ${spec.path}.`,
		});
	}
}

/**
 * Sends one call with Pachca's retry rules (retry.ts) and turns a final failure into the shaped
 * error (errors.ts). `send` performs the HTTP request through n8n and resolves to the body.
 */
export async function callWithRetry(
	ctx: CallContext,
	spec: OperationSpec,
	role: TokenRole | undefined,
	send: () => Promise<unknown>,
	itemIndex?: number,
): Promise<unknown> {
	let seen429 = 0;
	for (let attempt = 1; ; attempt++) {
		try {
			return await send();
		} catch (error) {
			const failure = readFailure(error);
			const decision = decideRetry(failure, spec.method, attempt, seen429);
			if (!decision.retry) {
				throw toNodeApiError(ctx.getNode(), failure, { spec, role, itemIndex, mayHaveApplied: decision.mayHaveApplied });
			}
			if (decision.rateLimited) seen429++;
			await wait(decision.waitMs);
		}
	}
}
