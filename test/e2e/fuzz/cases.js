// @ts-check
'use strict';
// Hostile deliveries for the Pachca Trigger, from a seeded generator (the same seed gives the
// same cases): bodies that are not JSON, huge, deeply nested, with wrong types in every field,
// unicode, empty, duplicate keys; signatures missing, forged, malformed, or valid over garbage;
// stale and future timestamps. Each case says which answers are acceptable and whether it may
// start the workflow: only `valid` cases (well-formed, signed, fresh, selected command) may.

const { signBody } = require('../../fake-pachca/sign');
const { messagePayload } = require('../payloads');

/** mulberry32: a small, fast, seeded PRNG. @param {number} seed */
function prng(seed) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (/** @type {number} */ n) => Math.floor(next() * n);
	const pick = (/** @type {readonly any[]} */ list) => list[int(list.length)];
	return { next, int, pick };
}

/** @typedef {ReturnType<typeof prng>} Rng */
/** @typedef {{ kind: string, body: Buffer, headers: Record<string, string>, allowed: number[], runs: boolean }} FuzzCase */

const UNICODE = ['Привет', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '🙂🚀', 'ｆｕｌｌ', '\u202e\u200b\u0000', 'ﷺ', '\ud83d', 'e\u0301'];
const WRONG = [null, true, false, 0, -1, 1e308, 'text', '', [], {}, [1, 'a'], { nested: { x: 1 } }, '1', NaN];

/** @param {Rng} r @param {number} [length] @param {number} [unicodeShare] */
function randomText(r, length = 1 + r.int(200), unicodeShare = 0.3) {
	let out = '';
	while (out.length < length) out += r.next() < unicodeShare ? r.pick(UNICODE) : String.fromCharCode(32 + r.int(95));
	return out;
}

const now = () => Math.floor(Date.now() / 1000);
const json = (/** @type {unknown} */ value) => Buffer.from(JSON.stringify(value), 'utf8');

/** @param {Rng} r @param {number} depth */
function nested(r, depth) {
	const open = r.next() < 0.5 ? '[' : '{"a":';
	const close = open === '[' ? ']' : '}';
	return open.repeat(depth) + '1' + close.repeat(depth);
}

/**
 * The body generators: name → (rng, index) => { body, signed?: 'valid'|'none'|..., allowed, runs }.
 * `sign` says how to sign: 'valid' (the real secret), 'none', 'forged' (another secret),
 * 'garbled' (not hex), 'mixed' (random).
 * @typedef {{ body: Buffer, sign: string, allowed: number[], runs?: boolean, contentType?: string }} Case
 * @type {Record<string, (r: Rng, i: number, command: string) => Case>}
 */
const KINDS = {
	'not JSON, unsigned': (r) => ({
		body: Buffer.from(randomText(r)),
		sign: r.pick(['none', 'forged', 'garbled']),
		allowed: [401, 422],
	}),
	'not JSON, valid signature': (r) => ({ body: Buffer.from(randomText(r)), sign: 'valid', allowed: [400, 422] }),
	'random bytes, valid signature': (r) => ({
		body: Buffer.from(Array.from({ length: 1 + r.int(512) }, () => r.int(256))),
		sign: 'valid',
		allowed: [400, 422],
		contentType: r.pick(['application/json', 'application/octet-stream']),
	}),
	'empty body': (r) => ({ body: Buffer.alloc(0), sign: r.pick(['none', 'valid', 'forged']), allowed: [400, 401] }),
	'JSON scalar or array, valid signature': (r) => ({
		body: json(r.pick([1, 'x', null, true, [], [messagePayload(1, 'x')]])),
		sign: 'valid',
		allowed: [400],
	}),
	'huge body, forged': (r) => ({
		body: Buffer.from(
			JSON.stringify({
				...messagePayload(1, 'x'),
				pad: 'x'.repeat(256 * 1024 + r.int(2 * 1024 * 1024)),
				webhook_timestamp: now(),
			}),
		),
		sign: r.pick(['none', 'forged']),
		allowed: [401, 413],
	}),
	'huge body, valid signature': (r) => ({
		body: Buffer.from(
			JSON.stringify({
				...messagePayload(1, 'x'),
				pad: 'y'.repeat(256 * 1024 + r.int(1024 * 1024)),
				webhook_timestamp: now(),
			}),
		),
		sign: 'valid',
		allowed: [200, 400, 413],
		runs: false,
	}),
	'deeply nested, forged': (r) => ({
		body: Buffer.from(nested(r, 1000 + r.int(50000))),
		sign: r.pick(['none', 'forged']),
		allowed: [400, 401],
	}),
	'deeply nested, valid signature': (r) => {
		const deep = nested(r, 100 + r.int(20000));
		const head = `{"type":"message","event":"new","id":${r.int(1e6)},"chat_id":101,"user_id":4`;
		const body = `${head},"content":${deep},"webhook_timestamp":${now()}}`;
		return { body: Buffer.from(body), sign: 'valid', allowed: [400] };
	},
	'wrong types in every field, valid signature': (r) => {
		const wrong = Object.fromEntries(Object.keys(messagePayload(1, '')).map((key) => [key, r.pick(WRONG)]));
		return {
			body: json({ ...wrong, webhook_timestamp: r.next() < 0.5 ? now() : r.pick(WRONG) }),
			sign: 'valid',
			allowed: [200, 400, 401],
			runs: false,
		};
	},
	'wrong types, forged': (r) => ({
		body: json(Object.fromEntries(Object.keys(messagePayload(1, '')).map((key) => [key, r.pick(WRONG)]))),
		sign: r.pick(['none', 'forged', 'garbled']),
		allowed: [401],
	}),
	'unicode everywhere, forged': (r, i, command) => ({
		body: json({
			...messagePayload(i, `${command} ${randomText(r)}`),
			[randomText(r, 8)]: randomText(r),
			webhook_timestamp: now(),
		}),
		sign: r.pick(['none', 'forged']),
		allowed: [401],
	}),
	'duplicate keys, valid signature': (r, i, command) => {
		const good = JSON.stringify({ ...messagePayload(i, `${command} dup`) }).slice(1, -1);
		// The last webhook_timestamp wins in JSON.parse: a stale or non-numeric one must be refused.
		const last = r.pick(['"soon"', String(now() - 3600), 'null', String(now() + 3600)]);
		const body = `{${good},"webhook_timestamp":${now()},"type":"message","webhook_timestamp":${last}}`;
		return { body: Buffer.from(body), sign: 'valid', allowed: [401] };
	},
	'stale or future timestamp, valid signature': (r, i, command) => ({
		body: json({
			...messagePayload(i, `${command} late`),
			webhook_timestamp: now() + r.pick([-1, 1]) * (120 + r.int(86400 * 365)),
		}),
		sign: 'valid',
		allowed: [401],
	}),
	'no timestamp, valid signature': (r, i, command) => ({
		body: json(messagePayload(i, `${command} stampless`)),
		sign: 'valid',
		allowed: [401],
	}),
	'well-formed, forged signature': (r, i, command) => ({
		body: json({ ...messagePayload(i, `${command} forged`), webhook_timestamp: now() }),
		sign: r.pick(['none', 'forged', 'garbled', 'mixed']),
		allowed: [401],
	}),
	'signed, event not selected': (r, i) => ({
		body: json({
			...messagePayload(i, 'no command here'),
			...(r.next() < 0.5 ? { type: 'reaction' } : {}),
			webhook_timestamp: now(),
		}),
		sign: 'valid',
		allowed: [200],
	}),
	// Genuine bytes under another content type: n8n may refuse to parse them (4xx); when it hands them on, they run.
	'wrong content type, valid signature': (r, i, command) => ({
		body: json({ ...messagePayload(i, `${command} ctype`), webhook_timestamp: now() }),
		sign: 'valid',
		allowed: [200, 400, 401, 415, 422],
		runs: true,
		contentType: r.pick([
			'text/plain',
			'application/x-www-form-urlencoded',
			'multipart/form-data; boundary=x',
			'application/xml',
		]),
	}),
};

/** The share of each kind (out of 1000); `valid` deliveries are added on top by `validEvery`. */
const WEIGHTS = {
	'not JSON, unsigned': 120,
	'not JSON, valid signature': 80,
	'random bytes, valid signature': 60,
	'empty body': 40,
	'JSON scalar or array, valid signature': 40,
	'huge body, forged': 6,
	'huge body, valid signature': 4,
	'deeply nested, forged': 20,
	'deeply nested, valid signature': 20,
	'wrong types in every field, valid signature': 120,
	'wrong types, forged': 60,
	'unicode everywhere, forged': 80,
	'duplicate keys, valid signature': 60,
	'stale or future timestamp, valid signature': 80,
	'no timestamp, valid signature': 30,
	'well-formed, forged signature': 80,
	'signed, event not selected': 60,
	'wrong content type, valid signature': 60,
};

/** @param {string} how @param {Buffer} body @param {string} secret @param {Rng} r */
function signatureHeader(how, body, secret, r) {
	if (how === 'valid') return signBody(body, secret);
	if (how === 'forged') return signBody(body, `not-${secret}`);
	if (how === 'garbled')
		return r.pick([
			'',
			'sha256=' + signBody(body, secret),
			'zz'.repeat(32),
			signBody(body, secret).slice(1),
			'0'.repeat(65),
			randomText(r, 20, 0),
		]);
	if (how === 'mixed') return `${signBody(body, secret)}, ${signBody(body, `x${secret}`)}`;
	return '';
}

/**
 * The i-th case of the sequence for `seed`. `command`: the workflow's trigger command, put in
 * well-formed payloads; '' puts in one the workflow does not select, so that nothing may run.
 * @param {{ seed: number, secret: string, command: string, validEvery?: number }} options
 * @param {number} i
 * @returns {FuzzCase}
 */
function fuzzCase({ seed, secret, command, validEvery = 0 }, i) {
	const r = prng(seed * 1000003 + i);
	/** @type {Record<string, string>} */
	const headers = { 'user-agent': 'Faraday v2.12.2' };
	if (validEvery > 0 && i % validEvery === validEvery - 1) {
		const body = json({ ...messagePayload(1_000_000 + i, `${command} valid ${i}`), webhook_timestamp: now() });
		return {
			kind: 'valid (signed, fresh, selected)',
			body,
			headers: { ...headers, 'content-type': 'application/json', 'pachca-signature': signBody(body, secret) },
			allowed: [200],
			runs: true,
		};
	}
	let roll = r.int(1000);
	const kind = /** @type {keyof typeof WEIGHTS} */ (
		Object.keys(WEIGHTS).find((k) => (roll -= WEIGHTS[/** @type {keyof typeof WEIGHTS} */ (k)]) < 0) ??
			'not JSON, unsigned'
	);
	const made = KINDS[kind](r, i, command || '/not-selected');
	headers['content-type'] = made.contentType ?? 'application/json';
	const signature = signatureHeader(made.sign, made.body, secret, r);
	if (signature !== '' || made.sign === 'garbled') headers['pachca-signature'] = signature;
	return { kind, body: made.body, headers, allowed: made.allowed, runs: command !== '' && made.runs === true };
}

module.exports = { fuzzCase, prng, KINDS, WEIGHTS };
