import type { IDataObject, IHttpRequestMethods, IN8nHttpFullResponse } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

/*
 * Stage 6 of an item: what went wrong with a call, and whether it is sent again.
 */

/** Axios reports its own timeout as ECONNABORTED "timeout of 300ms exceeded": the wait, in ms. */
export function timedOutAfter(error: { code?: string; message?: string }): number | undefined {
	if (error.code !== 'ECONNABORTED' && error.code !== 'ETIMEDOUT') return undefined;
	const match = /timeout of (\d+)\s*ms exceeded/i.exec(error.message ?? '');
	return match ? Number(match[1]) : undefined;
}

/**
 * An answer that is not Pachca's JSON: a cut-off body, a proxy's HTML error page, a login page.
 * Only its opening is kept, enough to recognise it in an error message.
 */
export interface OddAnswer {
	contentType?: string;
	/** The first bytes, as text on one line. */
	head: string;
	size: number;
	/** An HTML page's <title> or first <h1>, when it has one. */
	title?: string;
}

const HEAD_CHARS = 80;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function pageTitle(text: string): string | undefined {
	const match = /<title[^>]*>([^<]*)<\/title>/i.exec(text) ?? /<h1[^>]*>([^<]*)<\/h1>/i.exec(text);
	const title = match ? oneLine(match[1]) : '';
	return title === '' ? undefined : title.slice(0, HEAD_CHARS);
}

/** A non-empty text body (n8n hands over what did not parse as JSON as a string); undefined otherwise. */
export function oddAnswerOf(body: unknown, contentType?: string): OddAnswer | undefined {
	if (typeof body !== 'string' || body.trim() === '') return undefined;
	const head = oneLine(body.slice(0, HEAD_CHARS * 2)).slice(0, HEAD_CHARS);
	return {
		contentType,
		head: body.length > HEAD_CHARS ? `${head}…` : head,
		size: Buffer.byteLength(body),
		title: pageTitle(body),
	};
}

/** Thrown for a 2xx answer that is not JSON; shaped like an HTTP error so readFailure reads it as one. */
export class NotJsonAnswer extends Error {
	readonly response: { status: number; statusText?: string; data: unknown; headers: IDataObject };

	constructor(answer: IN8nHttpFullResponse) {
		super(`Pachca answered HTTP ${answer.statusCode} with a body that is not JSON`);
		this.name = 'NotJsonAnswer';
		const contentType = answer.headers?.['content-type'];
		this.response = {
			status: answer.statusCode,
			statusText: answer.statusMessage,
			data: answer.body,
			headers: { 'content-type': contentType },
		};
	}
}

/** Every Pachca call's check, on a request sent with `returnFullResponse`; resolves to the body. */
export function jsonBodyOf(answer: IN8nHttpFullResponse): unknown {
	if (oddAnswerOf(answer.body)) throw new NotJsonAnswer(answer);
	return answer.body;
}

/** What went wrong with one Pachca call, reduced to what is safe to show (never a token). */
export interface PachcaFailure {
	status?: number;
	body?: unknown;
	/** Network-level code such as ECONNRESET, when no response came back. */
	code?: string;
	retryAfter?: string;
	/** The reason phrase of the status line, e.g. "Bad Gateway". */
	statusText?: string;
	/** Set when the body is not JSON (a proxy's page, a cut-off answer): what it looked like. */
	odd?: OddAnswer;
	/** For a request that got no answer in time: how long it waited. */
	waitedMs?: number;
}

interface HttpErrorShape {
	httpCode?: string | null;
	code?: string;
	message?: string;
	cause?: HttpErrorShape;
	response?: {
		status?: number;
		statusText?: string;
		data?: unknown;
		body?: unknown;
		headers?: Record<string, unknown>;
	};
}

function header(headers: Record<string, unknown> | undefined, name: string): string | undefined {
	if (!headers) return undefined;
	const found = Object.keys(headers).find((key) => key.toLowerCase() === name);
	const value = found === undefined ? undefined : headers[found];
	return value === undefined || value === null ? undefined : String(value);
}

/** Downloads ask for bytes, so an error answer to them arrives as bytes too: read it as JSON or text. */
function readable(body: unknown): unknown {
	if (!(body instanceof ArrayBuffer) && !ArrayBuffer.isView(body)) return body;
	const bytes =
		body instanceof ArrayBuffer ? Buffer.from(body) : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
	const text = bytes.toString('utf8');
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}

/**
 * Reads status, body, Retry-After and network code out of whatever n8n's HTTP helpers threw
 * (a NodeApiError wrapping an Axios error, or the Axios error itself). Headers are read
 * here and dropped: the request's Authorization must never reach an error message.
 */
export function readFailure(error: unknown): PachcaFailure {
	let current = error as HttpErrorShape | undefined;
	for (let depth = 0; current && depth < 5; depth++, current = current.cause) {
		const response = current.response;
		if (response?.status) {
			const body = readable(response.data ?? response.body);
			return {
				status: response.status,
				statusText: response.statusText || undefined,
				body,
				retryAfter: header(response.headers, 'retry-after'),
				odd: oddAnswerOf(body, header(response.headers, 'content-type')),
			};
		}
		const waitedMs = timedOutAfter(current);
		if (waitedMs !== undefined) return { code: 'ETIMEDOUT', waitedMs };
		if (current.code && /^E[A-Z_]+$/.test(current.code)) return { code: current.code };
	}
	const httpCode = Number((error as HttpErrorShape | undefined)?.httpCode);
	return Number.isInteger(httpCode) && httpCode > 0 ? { status: httpCode } : { code: 'UNKNOWN' };
}

export interface RetryPolicy {
	/** Attempts in all, first one included, for 5xx and network failures. */
	maxAttempts: number;
	baseDelayMs: number;
	/** Longest Retry-After we agree to wait; past it the call fails with a clear error. */
	maxRetryAfterMs: number;
	/** Upper bound on 429 answers honoured for one call. */
	max429: number;
	/** Attempts in all after time-outs: each waits the whole timeout, so one retry only. */
	maxTimeoutAttempts: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
	maxAttempts: 4,
	baseDelayMs: 500,
	maxRetryAfterMs: 60_000,
	max429: 10,
	maxTimeoutAttempts: 2,
};

/** Connection failures where the request never reached Pachca, so even a POST is safe to resend. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/** Retry-After in seconds or as an HTTP date, in ms from now; undefined when unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Why a 429 was not waited out: the wait asked for is past the cap, or Pachca kept refusing. */
export interface RateLimitGiveUp {
	askedMs?: number;
	capMs: number;
	retries: number;
}

export type RetryDecision =
	| { retry: true; waitMs: number; rateLimited: boolean }
	| { retry: false; mayHaveApplied: boolean; rateLimit?: RateLimitGiveUp };

export function decideRetry(
	failure: PachcaFailure,
	method: IHttpRequestMethods,
	attempt: number,
	seen429: number,
	policy: RetryPolicy = DEFAULT_RETRY,
): RetryDecision {
	if (failure.status === 429) {
		// A 429 was not applied, whatever the method.
		const asked = parseRetryAfter(failure.retryAfter);
		const waitMs = asked ?? jittered(policy.baseDelayMs * 2 ** Math.min(seen429, 6));
		if (waitMs > policy.maxRetryAfterMs || seen429 >= policy.max429) {
			const rateLimit = { askedMs: asked, capMs: policy.maxRetryAfterMs, retries: seen429 };
			return { retry: false, mayHaveApplied: false, rateLimit };
		}
		return { retry: true, waitMs, rateLimited: true };
	}
	const status = failure.status;
	// A 2xx whose body is not JSON was garbled on the way (NotJsonAnswer): worth another try.
	const transient = status === undefined || status >= 500 || (status < 300 && failure.odd !== undefined);
	const maxAttempts = failure.code === 'ETIMEDOUT' ? policy.maxTimeoutAttempts : policy.maxAttempts;
	if (!transient || attempt >= maxAttempts) return { retry: false, mayHaveApplied: false };
	if (method === 'POST' && !(failure.code && NOT_SENT.has(failure.code))) {
		return { retry: false, mayHaveApplied: true };
	}
	return { retry: true, waitMs: jittered(policy.baseDelayMs * 2 ** (attempt - 1)), rateLimited: false };
}

/** 0.5–1.5 times the delay, so many clients failing together do not retry together. */
function jittered(delayMs: number): number {
	return Math.round(delayMs / 2 + Math.random() * delayMs);
}

export async function wait(ms: number): Promise<void> {
	if (ms > 0) await sleep(ms);
}
