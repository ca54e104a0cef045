import type { OddAnswer } from './oddAnswers';
import { oddAnswerOf } from './oddAnswers';
import { timedOutAfter } from './timeout';

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
