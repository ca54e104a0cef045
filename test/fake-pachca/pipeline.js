// @ts-check
'use strict';
// Handling of one request: read + parse → log → injected fault → static files (no auth) →
// route match (unknown → 404 ApiError) → token (401 OAuthError) → scope and role (403
// OAuthError insufficient_scope) → plan (402 ApiError) → route handler.

const { readBody, parseBody, send } = require('./http-io');
const { parseQuery } = require('./query');
const { faultReply, hangUp, truncated } = require('./faults');
const { HttpError, fail, unauthorized, insufficientScope, paymentRequired } = require('./errors');
const { validationStatus } = require('./operations');
const { roleMayHold, scopesForRole } = require('./scopes');
const { bodyValidator } = require('./validate');
const { serveFile } = require('./routes/files');

const PREFIX = '/api/shared/v1';

/**
 * Scopes a token holds now: a bot's configured webhook scopes, else the token's own `scopes`
 * list, else every scope of its role — always cut down to what the role may hold.
 * @param {import('./state').FakeState} state
 * @param {any} rec token record
 * @returns {string[]}
 */
function tokenScopes(state, rec) {
	const bot = rec.bot_id ? state.bots.get(rec.bot_id) : null;
	const list = bot ? bot.webhook.scopes || [] : rec.scopes || scopesForRole(rec.role);
	return list.filter((/** @type {string} */ s) => roleMayHold(s, rec.role));
}

/** 401 / 403 / 402 checks for an operation. @param {any} fake @param {any} op @param {string|null} token @param {any} rec */
function authorize(fake, op, token, rec) {
	if (op.path === '/direct_url') return; // the upload target is S3-like: no token
	if (!token) throw unauthorized('Access token is missing');
	if (!rec) throw unauthorized('Access token is invalid');
	rec.last_used_at = fake.state.nowIso();
	if (op.scope && !tokenScopes(fake.state, rec).includes(op.scope)) throw insufficientScope(op.scope);
	if (op.plan === 'corporation' && fake.options.plan !== 'corporation') throw paymentRequired();
}

/**
 * @param {import('./server').FakePachca} fake
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
async function handleRequest(fake, req, res) {
	const method = (req.method || 'GET').toUpperCase();
	const url = new URL(req.url || '/', fake.origin);
	const raw = await readBody(req);
	const isApi = url.pathname === PREFIX || url.pathname.startsWith(`${PREFIX}/`);
	const path = isApi ? url.pathname.slice(PREFIX.length) || '/' : url.pathname;
	const query = parseQuery(url.searchParams);
	const headers = { ...req.headers };
	const body = parseBody(raw, headers['content-type']);
	const auth = /^Bearer\s+(.+)$/i.exec(String(headers.authorization || '').trim());
	const token = auth ? auth[1].trim() : null;
	const rec = token ? fake.state.tokens.get(token) : undefined;
	fake.requests.push({ method, path, query, body, headers, token, role: rec ? rec.role : null, at: Date.now() });
	const fault = fake.faults.take(method, path);
	/** @param {number} status @param {any} [b] @param {Record<string, string>} [h] */
	const reply = (status, b, h) => {
		if (fake.options.log) console.log(`[fake-pachca] ${method} ${path} → ${status}`);
		if (fault?.truncate !== undefined && b !== undefined)
			return send(res, status, truncated(b, fault.truncate), {
				...h,
				'content-type': 'application/json; charset=utf-8',
			});
		send(res, status, b, h);
	};

	if (fault) {
		if (fault.delayMs) await fake.sleep(fault.delayMs);
		if (fault.reset) return void req.socket.destroy();
		if (fault.hang) return void hangUp(fake, req, fault.hangMs);
		if (fault.status !== undefined) {
			const { body: b, headers: h } = faultReply({ ...fault, status: fault.status });
			return reply(fault.status, b, h);
		}
	}
	const limited = isApi && fake.limits ? fake.limits.check(fake.state, method, path, body, token) : null;
	if (limited) return reply(limited.status, limited.body, limited.headers);
	try {
		if (!isApi) {
			const incoming = fake.incoming.handle(fake, method, path, body);
			if (incoming) return reply(incoming.status, incoming.body, incoming.headers);
			const file = serveFile(fake, path);
			if (!file) return reply(404, 'Not found');
			return reply(200, file.content, { 'content-type': file.contentType });
		}
		const found = fake.router.match(method, path);
		if (!found) throw fail(404, 'path', `${method} ${path}`, 'not_found', 'Route not found');
		const { op, handler } = found.route;
		authorize(fake, op, token, rec);
		const user = rec ? fake.state.users.get(rec.user_id) : null;
		const ctx = {
			fake,
			state: fake.state,
			env: { state: fake.state, origin: fake.origin },
			op,
			params: found.params,
			query,
			body,
			raw,
			headers,
			caller: rec ? { token, role: rec.role, user_id: rec.user_id, bot_id: rec.bot_id || null, user, rec } : null,
			v: bodyValidator(validationStatus(op)),
			maxLimit: op.maxLimit || 50,
		};
		const out = await handler(ctx);
		return reply(out.status, out.body, out.headers);
	} catch (err) {
		if (err instanceof HttpError) return reply(err.status, err.body, err.headers);
		throw err;
	}
}

module.exports = { handleRequest, tokenScopes, PREFIX };
