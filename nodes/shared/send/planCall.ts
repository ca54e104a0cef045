import type { ICredentialDataDecryptedObject, INode, INodeParameters } from 'n8n-workflow';

import type { OperationSpec } from '../api/catalogue';
import { baseUrlOf } from '../api/credentialCheck';
import type { AuthenticateAs, TokenRole } from '../api/tokens';
import { chooseToken, tokenOf } from '../api/tokens';
import type { Lane } from './pace/lane';
import { laneFor, laneKey, tokenFingerprint } from './pace/lane';
import type { RateSettings } from './pace/rateLimits';
import { PACHCA_RATES, chatOf, pacerBuckets, readRateSettings } from './pace/rateLimits';
import { toInputNodeError } from './shapeError';
import type { RunContext } from './runState';
import { oncePerRun } from './runState';

/*
 * Stage 3 of an item: plan its call before anything is sent. The run's credential (read once per
 * run), the token for the operation (chooseToken decides), the pacing lane, and the node's own
 * settings for them. sendPachcaCall then sends it.
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
	/** The chosen token itself: sendPachcaCall sets it as the request's Authorization. */
	token?: string;
	/** Where the call waits for its turn (a Lane); undefined when pacing is off. */
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
export async function credentialsOf(ctx: CallContext, itemIndex?: number): Promise<ICredentialDataDecryptedObject> {
	return await oncePerRun(
		ctx,
		'credentials',
		async () => await ctx.getCredentials<ICredentialDataDecryptedObject>(CREDENTIAL_NAME, itemIndex),
	);
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
	const token = tokenOf(credentials, role);
	const baseUrl = baseUrlOf(credentials);
	const rates = options.rates ?? PACHCA_RATES;
	if (!rates.pace) return { role, token, baseUrl };
	const chat = chatOf(spec, options.body);
	const fingerprint = oncePerRun(ctx, `fingerprint:${role}`, () => tokenFingerprint(role, token));
	const key = laneKey(fingerprint, spec.rate, chat);
	// Sends to one chat go one at a time, so the messages appear in item order.
	const serial = chat !== undefined;
	return { role, token, baseUrl, lane: laneFor(key, pacerBuckets(spec.rate, rates, serial), serial) };
}

/**
 * Where the Pachca node keeps its token choice and rate limits: inside the "Token and Rate Limits"
 * collection at the bottom of the panel (nodeOptions), read with getNodeParameter.
 */
export const AUTHENTICATE_AS_PATH = 'nodeOptions.authenticateAs';
export const RATE_LIMITS_PATH = 'nodeOptions.rateLimits';

export interface NodeSettings {
	forced: AuthenticateAs;
	rates: RateSettings;
}

interface SettingsReader extends RunContext {
	getNode(): INode;
	getNodeParameter(name: string, fallback: unknown): unknown;
}

/**
 * The node's Authenticate As and Rate Limits, read once per run: they are the same for every
 * item unless the user wrote an expression into them, and then they are read for each item.
 * A bad rate stops the run before any request.
 */
export function readNodeSettings(ctx: SettingsReader, itemIndex: number): NodeSettings {
	const read = (): NodeSettings => {
		try {
			return {
				forced: ctx.getNodeParameter(AUTHENTICATE_AS_PATH, 'auto') as AuthenticateAs,
				rates: readRateSettings(ctx.getNodeParameter(RATE_LIMITS_PATH, {})),
			};
		} catch (error) {
			throw toInputNodeError(ctx.getNode(), error, { itemIndex });
		}
	};
	const once = oncePerRun(ctx, 'nodeSettings', () => {
		const raw = ctx.getNode().parameters as INodeParameters;
		const group = (path: string) => raw[path.slice(0, path.indexOf('.'))];
		const perItem = JSON.stringify([group(AUTHENTICATE_AS_PATH), group(RATE_LIMITS_PATH)]).includes('"=');
		return perItem ? undefined : read();
	});
	return once ?? read();
}

/**
 * How long one request may go unanswered. Pachca answers in well under a second, so a call that
 * hangs fails after 60 s rather than n8n's 300 s; the node's Request Options → Timeout (which
 * n8n adds to every declarative node) wins when the user sets it.
 */
export const DEFAULT_TIMEOUT_MS = 60_000;

interface TimeoutReader extends RunContext {
	getNodeParameter(name: string, fallback: unknown): unknown;
	getNode?(): { parameters: object };
}

/** The timeout for the item's calls: read once per run, unless Request Options hold an expression. */
export function requestTimeout(ctx: TimeoutReader): number {
	const read = () => {
		const options = ctx.getNodeParameter('requestOptions', {}) as { timeout?: unknown };
		const chosen = Number(options?.timeout);
		return Number.isFinite(chosen) && chosen > 0 ? chosen : DEFAULT_TIMEOUT_MS;
	};
	const once = oncePerRun(ctx, 'timeout', () => {
		const raw = (ctx.getNode?.().parameters as { requestOptions?: unknown } | undefined)?.requestOptions;
		return JSON.stringify(raw ?? {}).includes('"=') ? undefined : read();
	});
	return once ?? read();
}
