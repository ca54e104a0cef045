// @ts-check
'use strict';
// n8n in queue mode for the queue-mode test and the latency benchmark: our own PostgreSQL and
// Redis (services.js) on free loopback ports, and n8n processes sharing them and one encryption
// key: a main instance, one worker and `hooks` webhook processors. WEBHOOK_URL points at the
// first webhook processor, so a trigger activated on main registers that processor's URL.

const crypto = require('node:crypto');
const path = require('node:path');
const { Postgres, Redis } = require('./services');
const { freePort } = require('../ports');
const { n8nEnv } = require('../../../scripts/n8n/env');
const { N8nServer } = require('../../../scripts/n8n/process');

class QueueCluster {
	/**
	 * @param {import('../../../scripts/n8n/install').N8nInstall} install
	 * @param {{ userFolder: string, work: string, hooks?: number }} options
	 *   work: an existing folder (mode 755: the postgres user must reach its folder inside)
	 */
	constructor(install, { userFolder, work, hooks = 1 }) {
		this.install = install;
		this.userFolder = userFolder;
		this.work = work;
		this.hookCount = hooks;
		/** @type {Postgres | null} */
		this.postgres = null;
		/** @type {Redis | null} */
		this.redis = null;
		/** Every n8n process made so far, started or not (stop() stops them all). @type {N8nServer[]} */
		this.servers = [];
		this.encryptionKey = crypto.randomBytes(24).toString('hex');
		/** @type {{ main: number, worker: number, hooks: number[] } | null} */
		this.ports = null;
	}

	async startPostgres() {
		this.postgres = new Postgres(path.join(this.work, 'pg'), await freePort());
		await this.postgres.start();
	}

	async startRedis() {
		this.redis = new Redis(path.join(this.work, 'redis'), await freePort());
		await this.redis.start();
	}

	/** Picks the ports; call after both services started. */
	async plan() {
		const hooks = [];
		for (let i = 0; i < this.hookCount; i++) hooks.push(await freePort());
		this.ports = { main: await freePort(), worker: await freePort(), hooks };
		return this.ports;
	}

	/** The production webhook base: the first webhook processor. */
	get webhookBase() {
		return `http://127.0.0.1:${this.plannedPorts().hooks[0]}/`;
	}

	plannedPorts() {
		if (!this.ports || !this.postgres || !this.redis)
			throw new Error('QueueCluster: start PostgreSQL and Redis, then plan(), first.');
		return this.ports;
	}

	/** The environment of an n8n process listening on `port` (main's also serves its CLI commands). @param {number} port */
	async envFor(port) {
		this.plannedPorts();
		return {
			...n8nEnv({
				runtime: this.install.runtime,
				userFolder: this.userFolder,
				port,
				brokerPort: await freePort(),
				webhookUrl: this.webhookBase,
			}),
			.../** @type {Postgres} */ (this.postgres).env,
			.../** @type {Redis} */ (this.redis).env,
			EXECUTIONS_MODE: 'queue',
			N8N_ENCRYPTION_KEY: this.encryptionKey,
		};
	}

	/**
	 * The n8n processes, not started yet: main, the worker (readiness on its own health server)
	 * and the webhook processors. `extraEnv` is added to every one.
	 * @param {NodeJS.ProcessEnv} [extraEnv]
	 */
	async create(extraEnv = {}) {
		const ports = this.plannedPorts();
		/** @param {string} command @param {number} port @param {NodeJS.ProcessEnv} env @param {string} name */
		const make = (command, port, env, name) => {
			const n8n = new N8nServer(
				this.install,
				{ ...env, ...extraEnv },
				{
					port,
					command,
					logFile: path.join(this.work, `${name}.log`),
				},
			);
			this.servers.push(n8n);
			return n8n;
		};
		const main = make('start', ports.main, await this.envFor(ports.main), 'main');
		const workerEnv = {
			...(await this.envFor(await freePort())),
			QUEUE_HEALTH_CHECK_ACTIVE: 'true',
			N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
			QUEUE_HEALTH_CHECK_PORT: String(ports.worker),
		};
		const worker = make('worker', ports.worker, workerEnv, 'worker');
		const hooks = [];
		for (const [i, port] of ports.hooks.entries())
			hooks.push(make('webhook', port, await this.envFor(port), `webhook-${String.fromCharCode(97 + i)}`));
		return { main, worker, hooks };
	}

	/**
	 * Starts main (it activates the published workflows), then the worker and the webhook
	 * processors together; returns how long each took to be ready.
	 * @param {{ main: N8nServer, worker: N8nServer, hooks: N8nServer[] }} servers
	 */
	static async start({ main, worker, hooks }) {
		const mainReady = await main.start();
		const [workerReady, ...hooksReady] = await Promise.all([worker.start(), ...hooks.map((h) => h.start())]);
		return { main: mainReady, worker: workerReady, hooks: hooksReady };
	}

	/** Stops every n8n process, then Redis and PostgreSQL. */
	async stop() {
		await Promise.all(this.servers.map(async (n8n) => await n8n.stop()));
		await this.redis?.stop();
		await this.postgres?.stop();
	}
}

module.exports = { QueueCluster };
