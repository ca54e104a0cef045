import { createHmac, timingSafeEqual } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

/** The address Pachca documents as the sender of its outgoing webhooks. */
export const PACHCA_SENDER_IP = '37.200.70.177';

export const SIGNATURE_HEADER = 'pachca-signature';

/** What a delivery check needs from the HTTP request n8n received. */
export interface DeliveryRequest {
	/** The body bytes exactly as they arrived (n8n keeps them as `req.rawBody`). */
	rawBody?: Buffer;
	headers: Record<string, string | string[] | undefined>;
	/** The TCP peer: Pachca itself, or the reverse proxy in front of n8n. */
	remoteAddress?: string;
}

export interface DeliveryChecks {
	/** The bot's signing secret; '' accepts deliveries without a signature check. */
	secret: string;
	windowSeconds: number;
	/** Sender addresses to accept; empty accepts any. */
	allowedIps: string[];
	/** Read the sender from the last X-Forwarded-For entry instead of the socket. */
	trustProxy: boolean;
	nowMs: number;
}

export type DeliveryVerdict = { ok: true; payload: IDataObject } | { ok: false; status: 400 | 401; reason: string };

/** Hex HMAC-SHA256 of the raw body: the value Pachca puts in `Pachca-Signature`. */
export function signatureOf(rawBody: Buffer, secret: string): string {
	return createHmac('sha256', secret).update(rawBody).digest('hex');
}

/** Constant-time comparison of the header with the signature computed over the raw bytes. */
export function signatureMatches(rawBody: Buffer, header: unknown, secret: string): boolean {
	if (typeof header !== 'string' || !/^[0-9a-f]{64}$/i.test(header.trim())) return false;
	const expected = Buffer.from(signatureOf(rawBody, secret), 'utf8');
	return timingSafeEqual(expected, Buffer.from(header.trim().toLowerCase(), 'utf8'));
}

const normalizeIp = (ip: string) => ip.trim().replace(/^::ffff:/i, '');

/**
 * The sender's address. X-Forwarded-For is written by whoever sends the request, so it is only
 * believed behind a proxy the user trusts, and then only its last entry: the one that proxy added.
 */
export function senderIp(request: DeliveryRequest, trustProxy: boolean): string {
	const forwarded = request.headers['x-forwarded-for'];
	const chain = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
		.split(',')
		.filter((part) => part.trim() !== '');
	if (trustProxy && chain.length > 0) return normalizeIp(chain[chain.length - 1]);
	return normalizeIp(request.remoteAddress ?? '');
}

/** Why `webhook_timestamp` is unacceptable, or undefined when it is within the window. */
export function timestampProblem(payload: IDataObject, nowMs: number, windowSeconds: number): string | undefined {
	const stamp = payload.webhook_timestamp;
	if (typeof stamp !== 'number' || !Number.isFinite(stamp)) return 'webhook_timestamp is missing';
	const drift = nowMs / 1000 - stamp;
	if (drift > windowSeconds) return `webhook_timestamp is ${Math.round(drift)} s old (more than ${windowSeconds} s)`;
	if (-drift > windowSeconds)
		return `webhook_timestamp is ${Math.round(-drift)} s in the future (more than ${windowSeconds} s)`;
	return undefined;
}

/** Pachca's payloads are a few levels deep; far deeper JSON is refused before anything walks it recursively. */
export const MAX_PAYLOAD_DEPTH = 32;

/** Whether a parsed JSON value nests deeper than `limit`, checked without recursion. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
	const pending: Array<[unknown, number]> = [[value, 0]];
	while (pending.length > 0) {
		const [current, depth] = pending.pop() as [unknown, number];
		if (typeof current !== 'object' || current === null) continue;
		if (depth >= limit) return true;
		for (const child of Object.values(current)) pending.push([child, depth + 1]);
	}
	return false;
}

function parsePayload(rawBody: Buffer): IDataObject | undefined {
	try {
		const parsed: unknown = JSON.parse(rawBody.toString('utf8'));
		return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
			? (parsed as IDataObject)
			: undefined;
	} catch {
		return undefined;
	}
}

/**
 * Every check a delivery passes before anything runs, cheapest first: sender address,
 * signature over the raw bytes, JSON, replay window. Only a signed but unreadable body gets
 * 400; anything not proven to come from Pachca gets 401.
 */
export function verifyDelivery(request: DeliveryRequest, checks: DeliveryChecks): DeliveryVerdict {
	if (checks.allowedIps.length > 0) {
		const ip = senderIp(request, checks.trustProxy);
		if (!checks.allowedIps.includes(ip))
			return { ok: false, status: 401, reason: `sender ${ip || 'unknown'} is not allowed` };
	}
	const rawBody = request.rawBody ?? Buffer.alloc(0);
	if (checks.secret !== '' && !signatureMatches(rawBody, request.headers[SIGNATURE_HEADER], checks.secret)) {
		return { ok: false, status: 401, reason: 'signature is missing or does not match' };
	}
	const payload = parsePayload(rawBody);
	if (payload === undefined) return { ok: false, status: 400, reason: 'body is not a JSON object' };
	if (nestedDeeperThan(payload, MAX_PAYLOAD_DEPTH))
		return { ok: false, status: 400, reason: `body is nested more than ${MAX_PAYLOAD_DEPTH} levels deep` };
	const problem = timestampProblem(payload, checks.nowMs, checks.windowSeconds);
	if (problem) return { ok: false, status: 401, reason: problem };
	return { ok: true, payload };
}
