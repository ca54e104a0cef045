import type { ICredentialDataDecryptedObject, ICredentialsDecrypted, INode } from 'n8n-workflow';

import type { OperationSpec } from '../api/catalogue';
import { baseUrlOf } from '../api/credentialCheck';
import type { AuthenticateAs, TokenRole } from '../api/tokens';
import { chooseToken, tokenOf } from '../api/tokens';
import { laneFor, laneKey, tokenFingerprint } from '../pacing/laneRegistry';
import type { Lane } from '../pacing/lane';
import type { RateSettings } from '../pacing/rateLimits';
import { PACHCA_RATES, chatOf, pacerBuckets } from '../pacing/rateLimits';
import { toInputNodeError } from './inputNodeError';
import { oncePerRun } from './perRun';
import type { RunContext } from './runState';

/*
 * What a call to Pachca goes out with, worked out before anything is sent: the run's credential
 * (read once per run), the token for the operation (api/tokens.ts decides) and the pacing lane.
 * call.ts then sends it.
 */

export const CREDENTIAL_NAME = 'pachcaApi';

/** What every n8n context offers that a Pachca call needs. */
export interface CallContext extends RunContext {
	getNode(): INode;
	getCredentials<T extends object = ICredentialDataDecryptedObject>(type: string, itemIndex?: number): Promise<T>;
}

export interface CallPlan {
	/** Undefined for the upload target, which takes no token. */
	role?: TokenRole;
	/** Where the call waits for its turn (pacing/lane.ts); undefined when pacing is off. */
	lane?: Lane;
	/** The credential's base URL without a trailing slash. */
	baseUrl?: string;
}

function pickRole(
	ctx: CallContext,
	credentials: ICredentialDataDecryptedObject,
	spec: OperationSpec,
	forced: AuthenticateAs,
	itemIndex?: number,
): TokenRole {
	try {
		return chooseToken(credentials, spec.tokens, forced, `${spec.method} ${spec.path}`);
	} catch (error) {
		throw toInputNodeError(ctx.getNode(), error, {
			itemIndex,
			description: `Pachca requires the scope "${spec.scope}" for ${spec.method} ${spec.path}.`,
		});
	}
}

/** The credential, read (from n8n's database, decrypted) once per node run rather than for every item. */
async function credentialsOf(ctx: CallContext, itemIndex?: number): Promise<ICredentialDataDecryptedObject> {
	return await oncePerRun(
		ctx,
		'credentials',
		async () => await ctx.getCredentials<ICredentialDataDecryptedObject>(CREDENTIAL_NAME, itemIndex),
	);
}

/** The credential as n8n's request helpers take it, so they need not read it again for each request. */
export async function runCredential(ctx: CallContext, itemIndex?: number): Promise<ICredentialsDecrypted> {
	return await oncePerRun(ctx, 'credential', async () => {
		const { id, name } = ctx.getNode().credentials?.[CREDENTIAL_NAME] ?? { id: null, name: '' };
		return { id: id ?? '', name, type: CREDENTIAL_NAME, data: await credentialsOf(ctx, itemIndex) };
	});
}

/** Picks the token for a call before anything is sent; a missing token is the user's to fix. */
export async function roleFor(
	ctx: CallContext,
	spec: OperationSpec,
	forced: AuthenticateAs = 'auto',
	itemIndex?: number,
): Promise<TokenRole> {
	const credentials = await credentialsOf(ctx, itemIndex);
	return pickRole(ctx, credentials, spec, forced, itemIndex);
}

/**
 * Token and pacing lane for one call, from one read of the credential: the lane is that token's
 * (by fingerprint) for the operation's rate class, and for a message send, that chat's.
 */
export async function planCall(
	ctx: CallContext,
	spec: OperationSpec,
	options: { forced?: AuthenticateAs; itemIndex?: number; body?: unknown; rates?: RateSettings } = {},
): Promise<CallPlan> {
	if (spec.tokens.length === 0) return {};
	const credentials = await credentialsOf(ctx, options.itemIndex);
	const role = pickRole(ctx, credentials, spec, options.forced ?? 'auto', options.itemIndex);
	const baseUrl = baseUrlOf(credentials);
	const rates = options.rates ?? PACHCA_RATES;
	if (!rates.pace) return { role, baseUrl };
	const chat = chatOf(spec, options.body);
	const fingerprint = oncePerRun(ctx, `fingerprint:${role}`, () => tokenFingerprint(role, tokenOf(credentials, role)));
	const key = laneKey(fingerprint, spec.rate, chat);
	// Sends to one chat go one at a time, so the messages appear in item order.
	const serial = chat !== undefined;
	return { role, baseUrl, lane: laneFor(key, pacerBuckets(spec.rate, rates, serial), serial) };
}
