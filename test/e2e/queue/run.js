// @ts-check
'use strict';
// `npm run test:e2e:queue`: the packed package in n8n 2.41's queue mode. Our own PostgreSQL and
// Redis (Debian's packages) on free loopback ports; a main instance, one worker and two webhook
// processors sharing them and one encryption key; WEBHOOK_URL points at webhook processor A.
// Checks: activating on main registers processor A's URL with the sandbox; a signed delivery at
// A runs exactly once, on the worker, and its bulk send (50 messages) completes; the same
// delivery at processor B starts nothing (redelivery detection through workflow static data);
// the same event delivered at both processors at the same moment runs once or twice, never
// more and never not at all, and is remembered afterwards (no atomic check across processes:
// both read the static data before either saves it), and the README's guard against that (n8n's
// Redis node, Increment) lets the action happen once; a forged one gets 401 at both.
// Send and Wait asked at A waits, a click at B resumes it and the worker finishes it
// (queueSendWaitStep). Everything is stopped at the end, even on failure.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Steps, waitFor, expect } = require('../runner');
const { prepare, stopOnce } = require('../prepare');
const { messagePayload } = require('../payloads');
const { triggerWorkflow, importAndPublish } = require('../trigger-workflow');
const { QueueCluster } = require('./cluster');
const { guardWorkflow, guardStep, importRedisCredential } = require('./guard');
const { queueSendWaitStep } = require('./send-wait');
const { importCredential } = require('../../../scripts/n8n/examples');
const { N8nRest } = require('../../../scripts/n8n/rest');
const { INTERACTIVE_SETTINGS } = require('../../../scripts/n8n/env');
const { duration } = require('../../../scripts/lib/run');
const { buildDelivery, post } = require('../../fake-pachca/sign');

const BULK = 50;
const WORKFLOW = {
	id: 'pachcaQueueBulk',
	webhookId: '5d0c7a1e-3b9f-4c61-9a52-9e0e000000b1',
	command: '/bulk',
	bulk: BULK,
};
/** For the simultaneous pairs: the trigger alone, registered by hand (the bot's URL stays the bulk workflow's). */
const PAIR_WORKFLOW = {
	id: 'pachcaQueuePair',
	webhookId: '5d0c7a1e-3b9f-4c61-9a52-9e0e000000b2',
	command: '/pair',
	registration: /** @type {const} */ ('manual'),
};
const PAIRS = 5;

/** @param {N8nRest} rest @param {string} [workflowId] */
async function executions(rest, workflowId = WORKFLOW.id) {
	const data = await rest.ok('GET', `/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId }))}`);
	return /** @type {Array<{ id: string, status: string }>} */ (data.results || []);
}

async function main() {
	const steps = new Steps();
	const started = Date.now();
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pachca-queue-'));
	fs.chmodSync(work, 0o755); // the postgres user must reach its folder inside
	const userFolder = path.join(work, 'user');
	/** @type {{ sandbox: import('../../../scripts/sandbox/server').PachcaSandbox | null, cluster: QueueCluster | null }} */
	const running = { sandbox: null, cluster: null };
	const stop = stopOnce(async () => {
		await running.cluster?.stop();
		await running.sandbox?.stop();
	});
	console.log(`Queue mode: main + worker + 2 webhook processors, PostgreSQL, Redis (work folder ${work})`);
	try {
		const install = await prepare(steps, userFolder, running);
		const sandbox = running.sandbox;
		if (!install || !sandbox) return steps.summary();
		const cluster = (running.cluster = new QueueCluster(install, { userFolder, work, hooks: 2 }));
		await steps.step(
			'start PostgreSQL (initdb, pg_ctl) on a loopback port',
			async () => await cluster.startPostgres(),
			{
				required: true,
			},
		);
		await steps.step('start Redis (no persistence) on a loopback port', async () => await cluster.startRedis(), {
			required: true,
		});
		if (steps.stopped) return steps.summary();
		const ports = await cluster.plan();
		const mainEnv = await cluster.envFor(ports.main);
		await steps.step(
			'import the credential and the bulk workflow into PostgreSQL, publish it',
			async () => {
				await importCredential(install, mainEnv, { name: 'Pachca sandbox', data: sandbox.credentials, workDir: work });
				await importAndPublish(install, mainEnv, triggerWorkflow(WORKFLOW), work);
				await importAndPublish(install, mainEnv, triggerWorkflow(PAIR_WORKFLOW), work);
				await importRedisCredential(
					install,
					mainEnv,
					/** @type {import('./services').Redis} */ (cluster.redis).port,
					work,
				);
				await importAndPublish(install, mainEnv, /** @type {any} */ (guardWorkflow()), work);
			},
			{ required: true },
		);
		// README's settings for interactive bots, so that every step here also holds with them.
		const servers = await cluster.create(INTERACTIVE_SETTINGS);
		const { worker } = servers;
		const [hookA, hookB] = ports.hooks;
		const urlAt = (/** @type {number} */ port) => `http://127.0.0.1:${port}/webhook/${WORKFLOW.webhookId}/webhook`;
		await steps.step(
			'start main (activates the workflow), then the worker and both webhook processors',
			async () => {
				const ready = await QueueCluster.start(servers);
				console.log(
					`    main ${ready.main}, worker ${ready.worker}, webhook A ${ready.hooks[0]}, webhook B ${ready.hooks[1]}`,
				);
			},
			{ required: true },
		);
		await steps.step(
			"activation on main wrote webhook processor A's URL into the bot's outgoing_url",
			async () => {
				await waitFor(
					`outgoing_url = ${urlAt(hookA)} (now "${sandbox.botWebhookUrl}")`,
					() => sandbox.botWebhookUrl === urlAt(hookA),
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
				const answer = await post(urlAt(hookA), delivery.body, delivery.headers);
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
				const answer = await post(urlAt(hookB), again.body, again.headers);
				expect(answer.status === 200, `webhook processor B answered ${answer.status} ${answer.text}`);
				await new Promise((resolve) => setTimeout(resolve, 5000));
				const list = await executions(rest);
				expect(list.length === 1, `${list.length} executions after the redelivery, expected 1`);
				expect(bulkSent().length === BULK, `${bulkSent().length} bulk messages after the redelivery, expected ${BULK}`);
			},
		);
		await steps.step(
			`${PAIRS} times two identical deliveries at the same moment, one at each webhook processor: ` +
				'each event runs once or twice (never lost), and a later redelivery starts nothing',
			async () => {
				const pairUrl = (/** @type {number} */ port) =>
					`http://127.0.0.1:${port}/webhook/${PAIR_WORKFLOW.webhookId}/webhook`;
				const count = async () => (await executions(rest, PAIR_WORKFLOW.id)).length;
				/** @type {number[]} */
				const runs = [];
				for (let i = 1; i <= PAIRS; i++) {
					const event = messagePayload(778000 + i, `/pair ${i}`);
					const before = await count();
					// Signed and ready before either is sent, so both arrive within a millisecond or two.
					const twins = [hookA, hookB].map((port) => ({
						port,
						...buildDelivery(event, { secret: sandbox.signingSecret }),
					}));
					const answers = await Promise.all(twins.map((t) => post(pairUrl(t.port), t.body, t.headers)));
					expect(
						answers.every((a) => a.status === 200),
						`answers ${answers.map((a) => a.status).join(', ')}`,
					);
					await new Promise((resolve) => setTimeout(resolve, 3000));
					const started = (await count()) - before;
					runs.push(started);
					expect(started >= 1 && started <= 2, `pair ${i} started ${started} runs, expected 1 or 2`);
					const later = buildDelivery(event, { secret: sandbox.signingSecret });
					await post(pairUrl(hookA), later.body, later.headers);
					await new Promise((resolve) => setTimeout(resolve, 2000));
					expect(
						(await count()) - before === started,
						`a redelivery of pair ${i}'s event after both had been answered started another run`,
					);
				}
				const twice = runs.filter((n) => n === 2).length;
				console.log(
					`    runs per simultaneous pair: ${runs.join(', ')}; ${twice} of ${PAIRS} pairs ran twice ` +
						'(n8n gives a trigger no atomic check-and-record across processes: README → Queue mode)',
				);
			},
		);
		await guardStep(steps, sandbox, ports.hooks);
		await steps.step('a forged delivery gets 401 at both webhook processors and starts nothing', async () => {
			const forged = buildDelivery({ ...payload, id: 777002 }, { secret: 'not-the-secret' });
			for (const port of [hookA, hookB]) {
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
			webhookBase: cluster.webhookBase.replace(/\/+$/, ''),
			clickBase: `http://127.0.0.1:${hookB}`,
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
			for (const n8n of running.cluster?.servers ?? [])
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
