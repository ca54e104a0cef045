// @ts-check
'use strict';
// Fault injection for tests: the next `times` requests matching a rule answer with a canned
// status, drop the connection, or are delayed, instead of (or before) running the route.

/**
 * @typedef {{ method?: string, path: string|RegExp, status?: number, body?: object|string,
 *   headers?: Record<string, string>, times?: number, reset?: boolean, delayMs?: number,
 *   after?: number }} FaultSpec
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
		if (spec.status === undefined && !spec.reset && spec.delayMs === undefined)
			throw new Error('failRoute needs status, reset or delayMs');
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
		const rule = this.rules.find(
			(r) => r.remaining > 0 && (!r.method || r.method === method) && r.test(path),
		);
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
	if (status === 401)
		return { error: 'invalid_token', error_description: 'Access token is invalid' };
	const code =
		status === 429
			? 'rate_limit'
			: status === 402
				? 'payment_required'
				: status >= 500
					? 'unhandled'
					: 'invalid';
	return {
		errors: [
			{ key: 'fault', value: null, message: `Injected failure (${status})`, code, payload: null },
		],
	};
}

module.exports = { Faults, defaultFaultBody };
