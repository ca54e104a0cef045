// @ts-check
'use strict';
// Real n8n for the benchmarks: the n8n 2.41.1 that `npm start` and `test:e2e` install into
// .cache/, the packed package installed into a temporary N8N_USER_FOLDER, the credential and the
// benchmark workflows imported with n8n's CLI, and each workflow run with `n8n execute`, the
// process's RSS sampled from /proc while it runs. BENCH_CPU_PROF=<dir> adds `--cpu-prof`;
// BENCH_NODE_FLAGS adds other node flags and BENCH_N8N_LOG=<file> keeps n8n's whole output.

const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { ensureN8n } = require('../../scripts/n8n/install');
const { buildAndPack, installIntoUserFolder } = require('../../scripts/n8n/pack');
const { n8nEnv } = require('../../scripts/n8n/env');
const { importCredential } = require('../../scripts/n8n/examples');
const { n8nCli } = require('../../scripts/n8n/process');
const { CACHE_DIR } = require('../../scripts/n8n/versions');
const { freePort } = require('../../test/e2e/ports');

const EXECUTE_LIMIT_MS = 10 * 60 * 1000;

/**
 * @param {string} work a temporary folder @param {Record<string, unknown>} credentialData
 * @param {object[]} workflows
 */
async function prepareN8n(work, credentialData, workflows) {
	const install = await ensureN8n();
	const userFolder = path.join(work, 'user');
	await installIntoUserFolder(await buildAndPack(path.join(CACHE_DIR, 'pack')), userFolder);
	const env = n8nEnv({ runtime: install.runtime, userFolder, port: await freePort(), brokerPort: await freePort() });
	env.N8N_LOG_LEVEL = 'warn';
	await importCredential(install, env, {
		name: 'Pachca bench',
		data: /** @type {any} */ (credentialData),
		workDir: work,
	});
	const dir = path.join(work, 'workflows');
	fs.mkdirSync(dir, { recursive: true });
	for (const workflow of workflows)
		fs.writeFileSync(path.join(dir, `${/** @type {any} */ (workflow).id}.json`), JSON.stringify(workflow));
	await n8nCli(install, env, ['import:workflow', '--separate', `--input=${dir}`]);
	return { install, env, userFolder };
}

/** A process's resident set now (VmRSS) and its peak so far (VmHWM), in bytes; 0 once it is gone. @param {number} pid */
function rssOf(pid) {
	try {
		const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = (/** @type {string} */ field) =>
			Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
		return { now: kb('VmRSS'), peak: kb('VmHWM') };
	} catch {
		return { now: 0, peak: 0 };
	}
}

/**
 * `n8n execute --id=…`; resolves with the exit code, the output's tail, the peak RSS and RSS over time.
 * @param {{ install: import('../../scripts/n8n/install').N8nInstall, env: NodeJS.ProcessEnv }} n8n @param {string} id
 * @param {string[]} [nodeFlags] flags for n8n's Node process
 */
function execute({ install, env }, id, nodeFlags = []) {
	const profile = process.env.BENCH_CPU_PROF
		? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`]
		: [];
	// Node flags NODE_OPTIONS refuses (--trace-gc, --heapsnapshot-signal=…), for looking into memory.
	const flags = [...nodeFlags, ...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean)];
	const log = process.env.BENCH_N8N_LOG;
	return new Promise((resolve, reject) => {
		const child = spawn(install.runtime.node, [...profile, ...flags, install.bin, 'execute', `--id=${id}`], {
			env,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		let rss = 0;
		/** @type {Array<{ at: number, rss: number }>} RSS every 100 ms, to tell where in the run it grew */
		const samples = [];
		const keep = (/** @type {Buffer} */ chunk) => {
			if (log) fs.appendFileSync(log, chunk);
			output = (output + chunk.toString('utf8')).slice(-4000);
		};
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);
		const sampler = setInterval(() => {
			const { now, peak } = rssOf(/** @type {number} */ (child.pid));
			rss = Math.max(rss, peak);
			if (now > 0) samples.push({ at: Date.now(), rss: now });
		}, 100);
		const timer = setTimeout(() => child.kill('SIGKILL'), EXECUTE_LIMIT_MS);
		child.on('error', reject);
		child.on('exit', (code) => {
			clearInterval(sampler);
			clearTimeout(timer);
			resolve({ code, output, rss, samples });
		});
	});
}

module.exports = { prepareN8n, execute };
