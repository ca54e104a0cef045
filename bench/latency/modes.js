// @ts-check
'use strict';
// The n8n set-ups the latency case measures, each with the packed package, the sandbox's
// credential and the button → form workflow published: regular mode (one `n8n start`, SQLite)
// and queue mode (main + worker + one webhook processor on PostgreSQL and Redis of their own).
// Each runs with n8n's defaults and with README's settings for interactive bots (VARIANTS).

const fs = require('node:fs');
const path = require('node:path');
const { installIntoUserFolder } = require('../../scripts/n8n/pack');
const { n8nEnv, INTERACTIVE_SETTINGS } = require('../../scripts/n8n/env');
const { importCredential } = require('../../scripts/n8n/examples');
const { N8nServer } = require('../../scripts/n8n/process');
const { freePort } = require('../../test/e2e/ports');
const { importAndPublish } = require('../../test/e2e/trigger-workflow');
const { QueueCluster } = require('../../test/e2e/queue/cluster');
const { latencyWorkflow, LATENCY_WEBHOOK_ID } = require('./workflow');

const REGISTER_LIMIT_MS = 60000;

/** @typedef {import('../../scripts/sandbox/server').PachcaSandbox} PachcaSandbox */
/**
 * @typedef {{ install: import('../../scripts/n8n/install').N8nInstall, tarball: string,
 *   sandbox: PachcaSandbox, work: string }} Stage
 */
/** Times the presses against the running n8n processes. @typedef {(name: string, servers: N8nServer[]) => Promise<unknown>} Measure */

/**
 * Each mode runs twice: with n8n's defaults (no target: what the settings change), then with
 * README's settings for interactive bots (INTERACTIVE_SETTINGS: the `-tuned` lines, which carry
 * the p95 target).
 */
const VARIANTS = [
	{ suffix: '', env: {}, targeted: false },
	{ suffix: '-tuned', env: INTERACTIVE_SETTINGS, targeted: true },
];
/** @typedef {typeof VARIANTS[number]} Variant */

/**
 * Added to every n8n process: the variant's settings, a quiet log; BENCH_CPU_PROF=<dir> has each
 * write a CPU profile there when it stops.
 * @param {Variant} variant
 */
function benchEnv(variant) {
	const dir = process.env.BENCH_CPU_PROF;
	return {
		...variant.env,
		N8N_LOG_LEVEL: 'warn',
		...(dir ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${path.resolve(dir)}` } : {}),
	};
}

/**
 * A fresh n8n user folder with the package installed, the credential and the workflow imported and published.
 * @param {import('../../scripts/n8n/install').N8nInstall} install @param {string} tarball @param {string} folder
 * @param {PachcaSandbox} sandbox @param {(userFolder: string) => Promise<NodeJS.ProcessEnv>} envOf
 */
async function prepareFolder(install, tarball, folder, sandbox, envOf) {
	const userFolder = path.join(folder, 'user');
	await installIntoUserFolder(tarball, userFolder);
	const env = { ...(await envOf(userFolder)), N8N_LOG_LEVEL: 'warn' };
	const credential = { name: 'Pachca sandbox', data: sandbox.credentials, workDir: folder };
	await importCredential(install, env, credential);
	await importAndPublish(install, env, /** @type {any} */ (latencyWorkflow()), folder);
	return { userFolder, env };
}

/** Waits until the activation registered `url` as the bot's outgoing_url. @param {PachcaSandbox} sandbox @param {string} url */
async function registered(sandbox, url) {
	const until = Date.now() + REGISTER_LIMIT_MS;
	while (sandbox.botWebhookUrl !== url) {
		if (Date.now() > until) throw new Error(`The bot's outgoing_url is "${sandbox.botWebhookUrl}", expected ${url}.`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

/** @param {Stage} stage @param {Variant} variant @param {Measure} measure */
async function regularMode({ install, tarball, sandbox, work }, variant, measure) {
	const folder = path.join(work, `regular${variant.suffix}`);
	fs.mkdirSync(folder, { recursive: true });
	const port = await freePort();
	const brokerPort = await freePort();
	const webhookUrl = `http://127.0.0.1:${port}/`;
	const { env } = await prepareFolder(install, tarball, folder, sandbox, async (userFolder) =>
		n8nEnv({ runtime: install.runtime, userFolder, port, brokerPort, webhookUrl }),
	);
	const server = new N8nServer(
		install,
		{ ...env, ...benchEnv(variant) },
		{ port, logFile: path.join(folder, 'n8n.log') },
	);
	try {
		await server.start();
		await registered(sandbox, `${webhookUrl}webhook/${LATENCY_WEBHOOK_ID}/webhook`);
		return await measure(`L1-latency-regular${variant.suffix}`, [server]);
	} finally {
		await server.stop();
	}
}

/** @param {Stage} stage @param {Variant} variant @param {Measure} measure */
async function queueMode({ install, tarball, sandbox, work }, variant, measure) {
	const folder = path.join(work, `queue${variant.suffix}`);
	fs.mkdirSync(folder, { recursive: true });
	fs.chmodSync(folder, 0o755); // the postgres user must reach its folder inside
	const cluster = new QueueCluster(install, { userFolder: path.join(folder, 'user'), work: folder, hooks: 1 });
	try {
		await cluster.startPostgres();
		await cluster.startRedis();
		const ports = await cluster.plan();
		await prepareFolder(install, tarball, folder, sandbox, async () => await cluster.envFor(ports.main));
		const servers = await cluster.create(benchEnv(variant));
		await QueueCluster.start(servers);
		await registered(sandbox, `${cluster.webhookBase}webhook/${LATENCY_WEBHOOK_ID}/webhook`);
		return await measure(`L1-latency-queue${variant.suffix}`, cluster.servers);
	} finally {
		await cluster.stop();
	}
}

module.exports = { VARIANTS, regularMode, queueMode };
