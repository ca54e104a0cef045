// @ts-check
'use strict';
// The interactive-latency case (`npm run bench -- latency`): Pachca keeps a button press's
// trigger_id valid for 3 seconds, so Pachca Trigger → Form → Open must reach Pachca well within
// that. 50 presses, 10 at a time, against real n8n 2.41.1 as a server with the packed package:
// in regular mode (one `n8n start`, SQLite) and in queue mode (main + worker + one webhook
// processor on our own PostgreSQL and Redis). Each press is timed from the sandbox's side, from
// the signed delivery's POST to the views/open request; p50 and p95 against a 1 s target, and
// the CPU n8n spent per press. Each mode with n8n's defaults, then with
// N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true (the `-lazy` lines).

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ensureN8n } = require('../../scripts/n8n/install');
const { buildAndPack, installIntoUserFolder } = require('../../scripts/n8n/pack');
const { n8nEnv } = require('../../scripts/n8n/env');
const { importExamples } = require('../../scripts/n8n/examples');
const { N8nServer } = require('../../scripts/n8n/process');
const { CACHE_DIR } = require('../../scripts/n8n/versions');
const { PachcaSandbox } = require('../../scripts/sandbox/server');
const { freePort } = require('../../test/e2e/ports');
const { importAndPublish } = require('../../test/e2e/trigger-workflow');
const { QueueCluster } = require('../../test/e2e/queue/cluster');
const { latencyWorkflow, LATENCY_WEBHOOK_ID } = require('./workflow');
const { pressMany, percentile } = require('./presses');
const { groupCpuMs } = require('./cpu');

/**
 * Each mode runs twice: with n8n's defaults, and with expression sandboxes taken only when an
 * expression needs one (n8n 2.x gives every webhook request and every execution its own
 * isolated-vm sandbox; creating it costs more CPU than the rest of a press).
 */
const VARIANTS = [
	{ suffix: '', env: {} },
	{ suffix: '-lazy', env: { N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true' } },
];
/** @typedef {typeof VARIANTS[number]} Variant */

const PRESSES = 50;
const CONCURRENCY = 10;
const TARGET_P95_MS = 1000;
const REGISTER_LIMIT_MS = 60000;
/** Pachca's trigger_id lifetime. The sandbox accepts older ones here, so that a slow press costs
 * n8n the same work as a quick one (an expired one would fail and take the error path). */
const TRIGGER_TTL_MS = 3000;

const load = () =>
	os
		.loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');

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
	await importExamples(install, env, credential, { workflows: false });
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

/**
 * One warm-up press (the first after a start pays for loading), then the timed presses, and the
 * CPU time n8n's processes spent on them.
 * @param {PachcaSandbox} sandbox @param {string} name @param {N8nServer[]} servers
 */
async function measure(sandbox, name, servers) {
	const groups = servers.map((server) => /** @type {number} */ (server.child?.pid));
	const [warm] = await pressMany(sandbox, { total: 1, concurrency: 1, first: 0 });
	const cpuBefore = groupCpuMs(groups);
	const presses = await pressMany(sandbox, { total: PRESSES, concurrency: CONCURRENCY, first: 1 });
	// Executions finish after their form opened; their last writes are part of a press's cost.
	await new Promise((resolve) => setTimeout(resolve, 2000));
	const cpuPerPress = (groupCpuMs(groups) - cpuBefore) / PRESSES;
	const p50 = percentile(presses, 50);
	const p95 = percentile(presses, 95);
	const inTime = presses.filter((p) => p.ms !== null && p.ms <= TRIGGER_TTL_MS).length;
	const rejected = presses.filter((p) => p.status !== 200).length;
	const s = (/** @type {number} */ ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(3)} s` : 'none');
	console.log(
		`${name} p50=${s(p50)} p95=${s(p95)} max=${s(percentile(presses, 100))} target p95<=${s(TARGET_P95_MS)} ` +
			`ratio=${(p95 / TARGET_P95_MS).toFixed(2)} ${p95 <= TARGET_P95_MS ? 'MET' : 'MISSED'} ` +
			`within_3s=${inTime}/${PRESSES} forms_opened=${presses.filter((p) => p.opened).length}/${PRESSES} deliveries_not_200=${rejected} n8n_cpu_per_press=${cpuPerPress.toFixed(0)} ms ` +
			`warmup=${s(warm.ms ?? Infinity)} load=${load()}`,
	);
	return { p50, p95, inTime, cpuPerPress };
}

/**
 * @param {import('../../scripts/n8n/install').N8nInstall} install @param {string} tarball
 * @param {PachcaSandbox} sandbox @param {string} work @param {Variant} variant
 */
async function regularMode(install, tarball, sandbox, work, variant) {
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
		return await measure(sandbox, `L1-latency-regular${variant.suffix}`, [server]);
	} finally {
		await server.stop();
	}
}

/**
 * @param {import('../../scripts/n8n/install').N8nInstall} install @param {string} tarball
 * @param {PachcaSandbox} sandbox @param {string} work @param {Variant} variant
 */
async function queueMode(install, tarball, sandbox, work, variant) {
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
		return await measure(sandbox, `L1-latency-queue${variant.suffix}`, cluster.servers);
	} finally {
		await cluster.stop();
	}
}

/** @param {string[]} [only] 'regular' and/or 'queue' (both when empty) */
async function latency(only = []) {
	const wanted = (/** @type {string} */ mode) => only.length === 0 || only.includes(mode);
	console.log(
		`\nInteractive latency: Pachca Trigger → Form → Open in real n8n as a server, ${PRESSES} presses, ` +
			`${CONCURRENCY} at a time; from the delivery's POST to views/open at the sandbox; load: ${load()}`,
	);
	const install = await ensureN8n();
	const tarball = await buildAndPack(path.join(CACHE_DIR, 'pack'));
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pachca-latency-'));
	fs.chmodSync(work, 0o755);
	const sandbox = await new PachcaSandbox({ port: 0, log: () => {} }).start();
	sandbox.fake.options.triggerTtlMs = 10 * 60 * 1000;
	let done = false;
	try {
		for (const variant of VARIANTS) {
			if (wanted('regular')) await regularMode(install, tarball, sandbox, work, variant);
			if (wanted('queue')) await queueMode(install, tarball, sandbox, work, variant);
		}
		done = true;
	} finally {
		await sandbox.stop();
		// n8n's logs stay for a look when the case failed.
		if (done) fs.rmSync(work, { recursive: true, force: true });
		else console.log(`Logs kept in ${work}`);
	}
}

module.exports = { latency };

if (require.main === module) {
	latency(process.argv.slice(2)).catch((error) => {
		console.error(error);
		process.exitCode = 1;
	});
}
