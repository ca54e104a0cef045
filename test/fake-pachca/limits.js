// @ts-check
'use strict';
// Pachca's documented rate limits (guides/api-limits), off unless asked for:
// `new FakePachca({ limits: true })` or `fake.enableLimits(options)`. Token buckets per token and
// rate class, message writes also per chat; over the limit → 429 with Retry-After in whole
// seconds. A token that keeps pushing after 429s is blocked for a while, as Pachca warns.

/**
 * @typedef {{ perSecond: number, burst: number }} Bucket
 * @typedef {'messageWrite'|'messageRead'|'events'|'default'} RateClass
 * @typedef {{ classes?: Partial<Record<RateClass, Bucket[]>>, now?: () => number,
 *   blockAfter?: number, blockMs?: number, model?: LimitModel }} LimitOptions
 * @typedef {'documented'|'strict'} LimitModel
 */

/**
 * "N per W seconds" is a bucket of N refilled at N/W per second. Message writes: ~4/s per chat,
 * with bursts up to 30/s for 5 s — a 30/s bucket, and a 4/s bucket holding what 5 s at 30/s adds.
 * @type {Record<RateClass, Bucket[]>}
 */
const DOCUMENTED = {
	messageWrite: [
		{ perSecond: 30, burst: 30 },
		{ perSecond: 4, burst: (30 - 4) * 5 },
	],
	messageRead: [{ perSecond: 10, burst: 10 }],
	events: [{ perSecond: 2.5, burst: 5 }],
	default: [{ perSecond: 50, burst: 50 }],
};

/**
 * The limit models the fake can enforce. `strict`: Pachca says its limits are flexible and tighten
 * under load; here message writes get one 4/s bucket of 4 per chat, no burst at all.
 * @type {Record<LimitModel, Record<RateClass, Bucket[]>>}
 */
const MODELS = {
	documented: DOCUMENTED,
	strict: { ...DOCUMENTED, messageWrite: [{ perSecond: 4, burst: 4 }] },
};

/** @param {string} method @param {string} path @returns {RateClass} */
function rateClass(method, path) {
	if (path === '/messages') return method === 'POST' ? 'messageWrite' : 'messageRead';
	if (/^\/messages\/\d+$/.test(path)) return method === 'GET' ? 'messageRead' : 'messageWrite';
	if (path === '/webhooks/events' && method === 'GET') return 'events';
	return 'default';
}

/** The chat a message write counts against. @param {any} state @param {string} path @param {any} body */
function chatOf(state, path, body) {
	const byId = /^\/messages\/(\d+)$/.exec(path);
	if (byId) return String(state.messages.get(Number(byId[1]))?.chat_id ?? 'unknown');
	const msg = (body && body.message) || {};
	const id = Number(msg.entity_id);
	if (msg.entity_type === 'thread') return String(state.threads.get(id)?.chat_id ?? `thread:${id}`);
	if (msg.entity_type === 'user') return `dm:${id}`;
	return String(id);
}

class RateLimits {
	/** @param {LimitOptions} [opts] */
	constructor(opts = {}) {
		this.classes = { ...MODELS[opts.model ?? 'documented'], ...(opts.classes || {}) };
		this.now = opts.now || Date.now;
		this.blockAfter = opts.blockAfter ?? 20;
		this.blockMs = opts.blockMs ?? 30_000;
		/** @type {Map<string, { levels: number[], at: number }>} */
		this.buckets = new Map();
		/** @type {Map<string, { rejects: number[], until: number }>} */
		this.tokens = new Map();
		this.stats = { allowed: 0, limited: 0, blocked: 0 };
	}

	/**
	 * Counts one request; a 429 reply when it is over the limit, else null.
	 * @param {any} state @param {string} method @param {string} path @param {any} body @param {string|null} token
	 * @returns {{ status: 429, body: object, headers: Record<string, string> } | null}
	 */
	check(state, method, path, body, token) {
		const now = this.now();
		const who = this.tokenState(token || 'anonymous');
		if (who.until > now) {
			this.stats.blocked += 1;
			return tooMany(who.until - now, 'This token is temporarily blocked after repeated 429s');
		}
		const cls = rateClass(method, path);
		const key = `${token}|${cls}${cls === 'messageWrite' ? `|${chatOf(state, path, body)}` : ''}`;
		const spec = this.classes[cls];
		const bucket = this.buckets.get(key) || { levels: spec.map((b) => b.burst), at: now };
		const elapsed = Math.max(0, now - bucket.at) / 1000;
		bucket.levels = bucket.levels.map((l, i) => Math.min(spec[i].burst, l + elapsed * spec[i].perSecond));
		bucket.at = now;
		this.buckets.set(key, bucket);
		if (bucket.levels.every((l) => l >= 1)) {
			bucket.levels = bucket.levels.map((l) => l - 1);
			this.stats.allowed += 1;
			return null;
		}
		this.stats.limited += 1;
		who.rejects = who.rejects.filter((t) => now - t < 10_000).concat(now);
		if (who.rejects.length > this.blockAfter) who.until = now + this.blockMs;
		const waitMs = Math.max(...bucket.levels.map((l, i) => ((1 - l) / spec[i].perSecond) * 1000));
		return tooMany(waitMs, 'Too many requests');
	}

	/** @param {string} token */
	tokenState(token) {
		const found = this.tokens.get(token) || { rejects: [], until: 0 };
		this.tokens.set(token, found);
		return found;
	}
}

/** @param {number} waitMs @param {string} message */
function tooMany(waitMs, message) {
	return {
		status: /** @type {429} */ (429),
		body: { errors: [{ key: 'rate_limit', value: null, message, code: 'rate_limit', payload: null }] },
		headers: { 'retry-after': String(Math.max(1, Math.ceil(waitMs / 1000))) },
	};
}

module.exports = { RateLimits, DOCUMENTED, MODELS, rateClass };
