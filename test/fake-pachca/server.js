// @ts-check
'use strict';
// FakePachca: lifecycle (start on 127.0.0.1:0, stop closing every socket), options, request
// log, fault injection and trigger ids. Per-request handling lives in pipeline.js.

const http = require('node:http');
const { FakeState } = require('./state');
const { seedBase, seedDemo } = require('./seed');
const { buildRouter } = require('./router');
const { Faults } = require('./faults');
const { RateLimits } = require('./limits');
const { IncomingWebhooks, incomingWebhookId } = require('./incoming');
const { send } = require('./http-io');
const { item } = require('./errors');
const { handleRequest, tokenScopes, PREFIX } = require('./pipeline');
const ROUTES = require('./routes');

const DEFAULT_TOKENS = { bot: 'bot-token', admin: 'admin-token', owner: 'owner-token' };
// prettier-ignore
const REGULAR_USER = { id: 4, first_name: 'Regular', last_name: 'User', nickname: 'regular', email: 'regular@example.com' };

/**
 * @typedef {{ seed?: boolean, plan?: 'corporation'|'free', log?: boolean, now?: () => number,
 *   tokens?: { bot?: string, admin?: string, owner?: string, user?: string },
 *   triggerTtlMs?: number, deliverExportWebhooks?: boolean,
 *   limits?: boolean | import('./limits').LimitOptions, port?: number }} FakeOptions
 *   (`port`: listen on this port instead of a random one, for the standalone sandbox)
 * @typedef {{ method: string, path: string, query: Record<string, string|string[]>, body: any,
 *   headers: Record<string, any>, token: string|null, role: string|null, at: number }} LoggedRequest
 */

class FakePachca {
	/** @param {FakeOptions} [opts] */
	constructor(opts = {}) {
		this.options = {
			seed: true,
			plan: 'corporation',
			log: false,
			triggerTtlMs: 3000,
			deliverExportWebhooks: false,
			...opts,
		};
		/** @type {{ bot: string, admin: string, owner: string, user?: string }} */
		this.tokens = { ...DEFAULT_TOKENS, ...(opts.tokens || {}) };
		this.state = new FakeState({ now: opts.now });
		seedBase(this.state, this.tokens);
		if (this.options.seed) seedDemo(this.state);
		if (this.tokens.user) {
			// The optional regular-employee token belongs to user 4 (Anna with the demo seed).
			const u = this.state.users.get(4) || this.state.addUser(REGULAR_USER);
			this.state.addToken(this.tokens.user, { role: 'user', user_id: u.id, name: 'User token' });
		}
		/** @type {LoggedRequest[]} */
		this.requests = [];
		this.faults = new Faults();
		/** Pachca's rate limits (limits.js); null = unlimited, the default for fast tests. */
		this.limits = opts.limits ? new RateLimits(opts.limits === true ? {} : opts.limits) : null;
		this.router = buildRouter(ROUTES);
		/** "Export ready" webhook attempts (routes/exports.js). @type {Array<{ url: string, status: number, at: number }>} */
		this.exportDeliveries = [];
		/** Bots' incoming webhooks (incoming.js): always limited to ~10 requests/s each. */
		this.incoming = new IncomingWebhooks();
		/** @type {http.Server|null} */
		this.server = null;
		/** @type {number|null} */
		this.port = null;
		/** @type {Set<import('node:net').Socket>} */
		this.sockets = new Set();
		/** @type {Set<NodeJS.Timeout>} */
		this.timers = new Set();
	}

	get origin() {
		if (this.port === null) throw new Error('FakePachca is not started');
		return `http://127.0.0.1:${this.port}`;
	}

	get baseUrl() {
		return this.origin + PREFIX;
	}

	async start() {
		if (this.server) return this;
		const server = http.createServer((req, res) => {
			this.handle(req, res).catch((err) => {
				if (this.options.log) console.error('[fake-pachca]', err);
				send(res, 500, { errors: [item('server', null, 'unhandled', String(err && err.message))] });
			});
		});
		server.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		await new Promise((resolve, reject) => {
			server.once('error', reject);
			server.listen(this.options.port ?? 0, '127.0.0.1', () => resolve(undefined));
		});
		this.server = server;
		this.port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
		return this;
	}

	async stop() {
		const server = this.server;
		if (!server) return;
		this.server = null;
		for (const t of this.timers) clearTimeout(t);
		this.timers.clear();
		for (const s of this.sockets) s.destroy();
		this.sockets.clear();
		await new Promise((resolve) => server.close(() => resolve(undefined)));
	}

	clearRequests() {
		this.requests.length = 0;
	}

	/** @param {import('./faults').FaultSpec} spec */
	failRoute(spec) {
		return this.faults.add(spec);
	}

	clearFailures() {
		this.faults.clear();
	}

	/** Turns Pachca's rate limits on with fresh buckets. @param {import('./limits').LimitOptions} [opts] */
	enableLimits(opts) {
		this.limits = new RateLimits(opts);
		return this.limits;
	}

	disableLimits() {
		this.limits = null;
	}

	/** A fresh trigger_id for POST /views/open (valid for `triggerTtlMs`, 3 s by default). */
	issueTriggerId() {
		const id = `trigger-${this.state.nextId('trigger')}-${this.state.clock()}`;
		this.state.triggers.set(id, this.state.clock());
		return id;
	}

	/** A bot's incoming webhook URL (the demo bot's by default). */
	incomingWebhookUrl(botId = 3) {
		return `${this.origin}/webhooks/${incomingWebhookId(botId)}`;
	}

	/** Scopes a token currently holds (see pipeline.js). @param {any} rec */
	tokenScopes(rec) {
		return tokenScopes(this.state, rec);
	}

	/** @param {number} ms */
	sleep(ms) {
		return new Promise((resolve) => {
			const t = setTimeout(() => {
				this.timers.delete(t);
				resolve(undefined);
			}, ms);
			this.timers.add(t);
		});
	}

	/** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
	handle(req, res) {
		return handleRequest(this, req, res);
	}
}

/** @param {FakeOptions} [opts] */
async function startFakePachca(opts) {
	const fake = new FakePachca(opts);
	await fake.start();
	return fake;
}

module.exports = { FakePachca, startFakePachca, PREFIX };
