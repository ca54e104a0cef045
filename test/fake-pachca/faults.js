// @ts-check
'use strict';
// Fault injection for tests: the next `times` requests matching a rule answer with a canned
// status, drop the connection, or are delayed, instead of (or before) running the route; or
// answer with what sits between n8n and Pachca in real life: a proxy's HTML error page
// (`page`), the route's own answer cut short (`truncate`), or nothing at all (`hang`).

const { STATUS_CODES } = require('node:http');

/** A request held by `hang` is dropped after this long at most, so nothing waits forever. */
const HANG_LIMIT_MS = 30_000;

/**
 * @typedef {{ method?: string, path: string|RegExp, status?: number, body?: object|string,
 *   headers?: Record<string, string>, times?: number, reset?: boolean, delayMs?: number,
 *   after?: number, page?: boolean, truncate?: number, hang?: boolean, hangMs?: number }} FaultSpec
 *   `page`: with `status`, an nginx-style HTML error page as the body (text/html).
 *   `truncate`: the route runs, and only the first `truncate` bytes of its JSON body are sent
 *   (with a matching Content-Length, as when a proxy cuts the answer short).
 *   `hang`: the request is read and never answered; the connection is dropped when the client
 *   gives up, when the fake stops, or after `hangMs` (default and cap 30 s).
 * @typedef {FaultSpec & { remaining: number, hits: number }} FaultRule
 */

/** '/users/{id}' → /^\/users\/[^/]+$/ ; plain strings match exactly. @param {string|RegExp} p */
function toMatcher(p) {
	if (p instanceof RegExp) return (/** @type {string} */ path) => p.test(path);
	if (p.includes('{')) {
		const re = new RegExp(
			`^${p
				.split(/\{[^}]+\}/)
				.map((s) => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
				.join('[^/]+')}$`,
		);
		return (/** @type {string} */ path) => re.test(path);
	}
	return (/** @type {string} */ path) => path === p;
}

class Faults {
	constructor() {
		/** @type {Array<FaultRule & { test: (path: string) => boolean }>} */
		this.rules = [];
	}

	/** @param {FaultSpec} spec @returns {FaultRule} */
	add(spec) {
		if (!spec || spec.path === undefined) throw new Error('failRoute needs a path');
		if (
			spec.status === undefined &&
			!spec.reset &&
			spec.delayMs === undefined &&
			!spec.hang &&
			spec.truncate === undefined
		)
			throw new Error('failRoute needs status, reset, delayMs, hang or truncate');
		if (spec.page && spec.status === undefined) throw new Error('failRoute page needs a status');
		const rule = {
			...spec,
			method: spec.method ? spec.method.toUpperCase() : undefined,
			remaining: spec.times ?? 1,
			hits: 0,
			test: toMatcher(spec.path),
		};
		this.rules.push(rule);
		return rule;
	}

	/** Consumes one use of the first matching rule. @param {string} method @param {string} path */
	take(method, path) {
		const rule = this.rules.find((r) => r.remaining > 0 && (!r.method || r.method === method) && r.test(path));
		if (!rule) return null;
		// `after`: let that many matching requests through first (a failure in the middle of a walk).
		if (rule.after) {
			rule.after -= 1;
			return null;
		}
		rule.remaining -= 1;
		rule.hits += 1;
		if (rule.remaining <= 0) this.rules = this.rules.filter((r) => r !== rule);
		return rule;
	}

	clear() {
		this.rules = [];
	}
}

/** Default body for an injected status: OAuthError for 401, ApiError otherwise. @param {number} status */
function defaultFaultBody(status) {
	if (status === 401) return { error: 'invalid_token', error_description: 'Access token is invalid' };
	const code =
		status === 429 ? 'rate_limit' : status === 402 ? 'payment_required' : status >= 500 ? 'unhandled' : 'invalid';
	return {
		errors: [{ key: 'fault', value: null, message: `Injected failure (${status})`, code, payload: null }],
	};
}

/** The HTML page nginx shows for an error status, e.g. 502 Bad Gateway. @param {number} status */
function gatewayPage(status) {
	const line = `${status} ${STATUS_CODES[status] || 'Error'}`;
	return (
		`<html>\r\n<head><title>${line}</title></head>\r\n<body>\r\n<center><h1>${line}</h1></center>\r\n` +
		'<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n'
	);
}

/** The body of an injected status: the rule's own, an HTML page, or Pachca's error shape. @param {FaultSpec & { status: number }} fault */
function faultReply(fault) {
	if (fault.page)
		return { body: gatewayPage(fault.status), headers: { 'content-type': 'text/html', ...fault.headers } };
	return { body: fault.body !== undefined ? fault.body : defaultFaultBody(fault.status), headers: fault.headers };
}

/**
 * Holds a request unanswered (`hang`): no timer outlives the client's connection or the fake.
 * @param {{ timers: Set<NodeJS.Timeout> }} fake
 * @param {import('node:http').IncomingMessage} req
 * @param {number} [ms]
 */
function hangUp(fake, req, ms = HANG_LIMIT_MS) {
	const socket = req.socket;
	const timer = setTimeout(() => socket.destroy(), Math.min(ms, HANG_LIMIT_MS));
	fake.timers.add(timer);
	socket.once('close', () => {
		clearTimeout(timer);
		fake.timers.delete(timer);
	});
}

/** The first `bytes` bytes of a JSON reply body, sent as JSON (`truncate`). @param {any} body @param {number} bytes */
function truncated(body, bytes) {
	const whole = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body ?? null));
	return whole.subarray(0, Math.max(0, bytes));
}

module.exports = { Faults, defaultFaultBody, faultReply, hangUp, truncated };
