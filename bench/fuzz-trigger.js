// @ts-check
'use strict';
// Fuzz of the Pachca Trigger in real n8n 2.41: an active workflow (trigger for "/fuzz" commands,
// nothing after it), then COUNT deliveries from the seeded generator (test/e2e/fuzz/cases.js):
// not JSON, huge, deeply nested, wrong types, unicode, empty, duplicate keys, garbage under a
// valid signature, stale timestamps, forged signatures; every 100th a genuine one. Prints the
// answers per kind and n8n's memory, and fails unless: n8n is still up, every answer is an
// allowed 4xx or 200 within the time limit, executions = genuine deliveries, RSS stays flat.
//
//   node bench/fuzz-trigger.js [COUNT=10000] [SEED=11]

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Steps, waitFor, expect } = require('../test/e2e/runner');
const { prepare, stopOnce } = require('../test/e2e/prepare');
const { freePort } = require('../test/e2e/ports');
const { triggerWorkflow, importAndPublish } = require('../test/e2e/trigger-workflow');
const { fuzzTrigger, report, rssMiB } = require('../test/e2e/fuzz/send');
const { n8nEnv } = require('../scripts/n8n/env');
const { importCredential } = require('../scripts/n8n/examples');
const { N8nServer } = require('../scripts/n8n/process');
const { N8nRest } = require('../scripts/n8n/rest');

const WORKFLOW = { id: 'pachcaFuzzTarget', webhookId: '5d0c7a1e-3b9f-4c61-9a52-fa22000000fe', command: '/fuzz' };
/** RSS growth (median after warm-up → median of the last 20 %) that still counts as flat. */
const RSS_GROWTH_LIMIT_MIB = 150;

/** @param {N8nRest} rest @param {string} workflowId */
async function executionCount(rest, workflowId) {
	const data = await rest.ok('GET', `/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId }))}`);
	return Number(data.count ?? (data.results || []).length);
}

async function main() {
	const count = Number(process.argv[2] ?? 10000);
	const seed = Number(process.argv[3] ?? 11);
	const steps = new Steps();
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pachca-fuzz-'));
	/** @type {{ sandbox: import('../scripts/sandbox/server').PachcaSandbox | null, server: N8nServer | null }} */
	const running = { sandbox: null, server: null };
	const stop = stopOnce(async () => {
		await running.server?.stop();
		await running.sandbox?.stop();
	});
	console.log(`Trigger fuzz: ${count} deliveries, seed ${seed}, real n8n (work folder ${work})`);
	try {
		const install = await prepare(steps, path.join(work, 'user'), running);
		const sandbox = running.sandbox;
		if (!install || !sandbox) return steps.summary();
		const port = await freePort();
		const env = n8nEnv({
			runtime: install.runtime,
			userFolder: path.join(work, 'user'),
			port,
			brokerPort: await freePort(),
			webhookUrl: `http://127.0.0.1:${port}/`,
		});
		const url = `http://127.0.0.1:${port}/webhook/${WORKFLOW.webhookId}/webhook`;
		await steps.step(
			'import the credential and the target workflow, publish it',
			async () => {
				await importCredential(install, env, { name: 'Pachca sandbox', data: sandbox.credentials, workDir: work });
				await importAndPublish(install, env, triggerWorkflow(WORKFLOW), work);
			},
			{ required: true },
		);
		const server = (running.server = new N8nServer(install, env, { port, logFile: path.join(work, 'n8n.log') }));
		await steps.step(
			'start n8n; the trigger registers its URL',
			async () => {
				await server.start();
				await waitFor(`outgoing_url = ${url}`, () => sandbox.botWebhookUrl === url, { timeoutMs: 90000 });
			},
			{ required: true },
		);
		const rest = new N8nRest(`http://127.0.0.1:${port}`);
		await steps.step(
			'owner account',
			async () =>
				await rest.ensureOwner({
					email: 'fuzz@example.com',
					firstName: 'Fuzz',
					lastName: 'Er',
					password: 'PachcaFuzz-1',
				}),
			{ required: true },
		);
		const result = await steps.step(
			`${count} fuzzed deliveries`,
			async () => {
				const outcome = await fuzzTrigger({
					url,
					secret: sandbox.signingSecret,
					count,
					seed,
					command: WORKFLOW.command,
					validEvery: 100,
					pid: server.child?.pid,
					progress: (n) => n % 2000 === 0 && console.log(`    … ${n}`),
				});
				for (const line of report(outcome)) console.log(`    ${line}`);
				return outcome;
			},
			{ required: true },
		);
		if (!result) return steps.summary();
		await steps.step('n8n is still up (no crash)', async () => {
			expect(server.exitCode === null && (await server.ready()), `n8n is down (exit code ${server.exitCode})`);
		});
		await steps.step('every answer an allowed 4xx or 200 within the limit', async () => {
			expect(
				result.totals.unexpected === 0 && result.totals.failed === 0,
				`${result.totals.unexpected} unexpected answers:\n${result.unexpected.join('\n')}`,
			);
		});
		await steps.step(
			`executions: exactly the ${result.totals.runsExpected} genuine deliveries, none for the rest`,
			async () => {
				const want = result.totals.runsExpected;
				const seen = await waitFor(
					`${want} executions`,
					async () => {
						const n = await executionCount(rest, WORKFLOW.id);
						return n >= want ? n : 0;
					},
					{ timeoutMs: 120000, everyMs: 1000 },
				).catch(async () => await executionCount(rest, WORKFLOW.id));
				await new Promise((resolve) => setTimeout(resolve, 3000));
				const settled = await executionCount(rest, WORKFLOW.id);
				console.log(`    executions: ${settled} (expected ${want}; ${seen} when first reached)`);
				expect(settled === want, `${settled} executions, expected ${want}`);
			},
		);
		await steps.step(`n8n's RSS flat (growth after warm-up under ${RSS_GROWTH_LIMIT_MIB} MiB)`, async () => {
			const { warmMiB, endMiB } = result.memory;
			console.log(
				`    RSS median after warm-up ${warmMiB} MiB, median of the last 20 % ${endMiB} MiB ` +
					`(growth ${endMiB - warmMiB} MiB), now ${rssMiB(server.child?.pid)} MiB`,
			);
			expect(
				Number.isFinite(warmMiB) && endMiB - warmMiB < RSS_GROWTH_LIMIT_MIB,
				`RSS grew from ${warmMiB} to ${endMiB} MiB`,
			);
		});
	} finally {
		await stop();
		if (steps.failed && running.server)
			console.log(`\nLast n8n output (full log ${running.server.logFile}):\n${running.server.tail}`);
		if (!steps.failed) fs.rmSync(work, { recursive: true, force: true });
	}
	return steps.summary();
}

main().then(
	(ok) => process.exit(ok ? 0 : 1),
	(error) => {
		console.error(`fuzz: ${error.stack || error}`);
		process.exit(1);
	},
);
