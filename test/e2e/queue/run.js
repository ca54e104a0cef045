// @ts-check
'use strict';
// `npm run test:e2e:queue`: the packed package in n8n 2.41's queue mode. Our own PostgreSQL and
// Redis (Debian's packages) on free loopback ports; a main instance, one worker and two webhook
// processors sharing them and one encryption key; WEBHOOK_URL points at webhook processor A.
// Checks: activating on main registers processor A's URL with the sandbox; a signed delivery at
// A runs exactly once, on the worker, and its bulk send (50 messages) completes; the same
// delivery at processor B starts nothing (redelivery detection through workflow static data);
// a forged one gets 401 at both; Send and Wait asked at A waits, a click at B resumes it and the
// worker finishes it (send-wait.js). Everything is stopped at the end, even on failure.

const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Steps, waitFor, expect } = require('../runner');
const { prepare, stopOnce } = require('../prepare');
const { freePort } = require('../ports');
const { messagePayload } = require('../payloads');
const { triggerWorkflow, importAndPublish } = require('../trigger-workflow');
const { Postgres, Redis } = require('./services');
const { queueSendWaitStep } = require('./send-wait');
const { n8nEnv } = require('../../../scripts/n8n/env');
const { importExamples } = require('../../../scripts/n8n/examples');
const { N8nServer } = require('../../../scripts/n8n/process');
const { N8nRest } = require('../../../scripts/n8n/rest');
const { duration } = require('../../../scripts/lib/run');
const { buildDelivery, post } = require('../../fake-pachca/sign');

const BULK = 50;
const WORKFLOW = {
	id: 'pachcaQueueBulk',
	webhookId: '5d0c7a1e-3b9f-4c61-9a52-9e0e000000b1',
	command: '/bulk',
	bulk: BULK,
};

/** @param {N8nRest} rest */
async function executions(rest) {
	const data = await rest.ok(
		'GET',
		`/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId: WORKFLOW.id }))}`,
	);
	return /** @type {Array<{ id: string, status: string }>} */ (data.results || []);
}

async function main() {
	const steps = new Steps();
	const started = Date.now();
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pachca-queue-'));
	fs.chmodSync(work, 0o755); // the postgres user must reach its folder inside
	const userFolder = path.join(work, 'user');
	/**
	 * @type {{
	 *   sandbox: import('../../../scripts/sandbox/server').PachcaSandbox | null,
	 *   postgres: Postgres | null,
	 *   redis: Redis | null,
	 *   n8n: N8nServer[],
	 * }}
	 */
	const running = { sandbox: null, postgres: null, redis: null, n8n: [] };
	const stop = stopOnce(async () => {
		await Promise.all(running.n8n.map(async (n8n) => await n8n.stop()));
		await running.redis?.stop();
		await running.postgres?.stop();
		await running.sandbox?.stop();
	});
	console.log(`Queue mode: main + worker + 2 webhook processors, PostgreSQL, Redis (work folder ${work})`);
	try {
		const install = await prepare(steps, userFolder, running);
		const sandbox = running.sandbox;
		if (!install || !sandbox) return steps.summary();
		const postgres = (running.postgres = new Postgres(path.join(work, 'pg'), await freePort()));
		const redis = (running.redis = new Redis(path.join(work, 'redis'), await freePort()));
		await steps.step('start PostgreSQL (initdb, pg_ctl) on a loopback port', async () => await postgres.start(), {
			required: true,
		});
		await steps.step('start Redis (no persistence) on a loopback port', async () => await redis.start(), {
			required: true,
		});
		if (steps.stopped) return steps.summary();
		const ports = {
			main: await freePort(),
			hookA: await freePort(),
			hookB: await freePort(),
			worker: await freePort(),
		};
		const base = `http://127.0.0.1:${ports.hookA}/`;
		const shared = {
			...postgres.env,
			...redis.env,
			EXECUTIONS_MODE: 'queue',
			N8N_ENCRYPTION_KEY: crypto.randomBytes(24).toString('hex'),
		};
		const envFor = async (/** @type {number} */ port) => ({
			...n8nEnv({ runtime: install.runtime, userFolder, port, brokerPort: await freePort(), webhookUrl: base }),
			...shared,
		});
		const mainEnv = await envFor(ports.main);
		await steps.step(
			'import the credential and the bulk workflow into PostgreSQL, publish it',
			async () => {
				await importExamples(
					install,
					mainEnv,
					{ name: 'Pachca sandbox', data: sandbox.credentials, workDir: work },
					{ workflows: false },
				);
				await importAndPublish(install, mainEnv, triggerWorkflow(WORKFLOW), work);
			},
			{ required: true },
		);
		const server = (
			/** @type {string} */ command,
			/** @type {number} */ port,
			/** @type {NodeJS.ProcessEnv} */ env,
			/** @type {string} */ name,
		) => {
			const n8n = new N8nServer(install, env, { port, command, logFile: path.join(work, `${name}.log`) });
			running.n8n.push(n8n);
			return n8n;
		};
		const main = server('start', ports.main, mainEnv, 'main');
		// The worker's own small server (health checks) is where readiness is polled.
		const workerEnv = {
			...(await envFor(await freePort())),
			QUEUE_HEALTH_CHECK_ACTIVE: 'true',
			N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
			QUEUE_HEALTH_CHECK_PORT: String(ports.worker),
		};
		const worker = server('worker', ports.worker, workerEnv, 'worker');
		const hookA = server('webhook', ports.hookA, await envFor(ports.hookA), 'webhook-a');
		const hookB = server('webhook', ports.hookB, await envFor(ports.hookB), 'webhook-b');
		const urlAt = (/** @type {number} */ port) => `http://127.0.0.1:${port}/webhook/${WORKFLOW.webhookId}/webhook`;
		await steps.step(
			'start main (activates the workflow), then the worker and both webhook processors',
			async () => {
				console.log(`    main ready in ${await main.start()}`);
				const [w, a, b] = await Promise.all([worker.start(), hookA.start(), hookB.start()]);
				console.log(`    worker ${w}, webhook A ${a}, webhook B ${b}`);
			},
			{ required: true },
		);
		await steps.step(
			"activation on main wrote webhook processor A's URL into the bot's outgoing_url",
			async () => {
				await waitFor(
					`outgoing_url = ${urlAt(ports.hookA)} (now "${sandbox.botWebhookUrl}")`,
					() => sandbox.botWebhookUrl === urlAt(ports.hookA),
					{ timeoutMs: 60000 },
				);
			},
			{ required: true },
		);
		const rest = new N8nRest(`http://127.0.0.1:${ports.main}`);
		await steps.step(
			'owner account (main)',
			async () =>
				await rest.ensureOwner({
					email: 'queue@example.com',
					firstName: 'Queue',
					lastName: 'Mode',
					password: 'PachcaQueue-1',
				}),
			{ required: true },
		);
		const payload = messagePayload(777001, '/bulk go');
		const delivery = buildDelivery(payload, { secret: sandbox.signingSecret });
		const bulkSent = () =>
			[...sandbox.fake.state.messages.values()].filter(
				(m) => m.chat_id === 101 && /^bulk \d+$/.test(String(m.content)),
			);
		await steps.step(
			`a signed delivery at webhook processor A runs exactly once, on the worker: ${BULK} messages sent`,
			async () => {
				const answer = await post(urlAt(ports.hookA), delivery.body, delivery.headers);
				expect(answer.status === 200, `webhook processor A answered ${answer.status} ${answer.text}`);
				const [run] = await waitFor(
					'the execution to finish',
					async () => {
						const list = await executions(rest);
						return list.length > 0 && list.every((e) => !['new', 'running', 'waiting'].includes(e.status))
							? list
							: null;
					},
					{ timeoutMs: 120000, everyMs: 1000 },
				);
				expect(run.status === 'success', `the execution ended "${run.status}"`);
				expect(bulkSent().length === BULK, `${bulkSent().length} bulk messages in the sandbox, expected ${BULK}`);
				await waitFor(
					`"Worker finished execution ${run.id}" in the worker's log`,
					() => worker.tail.lines.some((l) => l.includes(`Worker finished execution ${run.id} `)),
					{ timeoutMs: 15000 },
				);
			},
		);
		await steps.step(
			'the same delivery again at webhook processor B: answered 200, starts nothing (static data shared)',
			async () => {
				// As Pachca redelivers: the same event, stamped and signed anew.
				const again = buildDelivery(payload, { secret: sandbox.signingSecret });
				const answer = await post(urlAt(ports.hookB), again.body, again.headers);
				expect(answer.status === 200, `webhook processor B answered ${answer.status} ${answer.text}`);
				await new Promise((resolve) => setTimeout(resolve, 5000));
				const list = await executions(rest);
				expect(list.length === 1, `${list.length} executions after the redelivery, expected 1`);
				expect(bulkSent().length === BULK, `${bulkSent().length} bulk messages after the redelivery, expected ${BULK}`);
			},
		);
		await steps.step('a forged delivery gets 401 at both webhook processors and starts nothing', async () => {
			const forged = buildDelivery({ ...payload, id: 777002 }, { secret: 'not-the-secret' });
			for (const port of [ports.hookA, ports.hookB]) {
				const answer = await post(urlAt(port), forged.body, forged.headers);
				expect(answer.status === 401, `127.0.0.1:${port} answered ${answer.status} ${answer.text}, expected 401`);
			}
			await new Promise((resolve) => setTimeout(resolve, 3000));
			expect((await executions(rest)).length === 1, 'a forged delivery started an execution');
		});
		await queueSendWaitStep(steps, {
			rest,
			sandbox,
			worker,
			webhookBase: base.replace(/\/+$/, ''),
			clickBase: `http://127.0.0.1:${ports.hookB}`,
		});
		await steps.step("deactivation on main clears the bot's outgoing_url", async () => {
			await rest.ok('POST', `/rest/workflows/${WORKFLOW.id}/deactivate`, {});
			await waitFor(`an empty outgoing_url (now "${sandbox.botWebhookUrl}")`, () => sandbox.botWebhookUrl === '', {
				timeoutMs: 30000,
			});
		});
	} finally {
		await stop();
		if (steps.failed)
			for (const n8n of running.n8n)
				console.log(`\nLast output of n8n ${n8n.command} :${n8n.port} (full log ${n8n.logFile}):\n${n8n.tail}`);
		if (!steps.failed) fs.rmSync(work, { recursive: true, force: true });
	}
	console.log(`\nQueue-mode run took ${duration(Date.now() - started)}.`);
	return steps.summary();
}

main().then(
	(ok) => process.exit(ok ? 0 : 1),
	(error) => {
		console.error(`e2e queue: ${error.stack || error}`);
		process.exit(1);
	},
);
