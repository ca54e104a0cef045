// @ts-check
'use strict';
// `npm run test:e2e`: the packed package in real n8n 2.41 against the Pachca sandbox.
// Installs n8n (timed), installs the tarball as the Community Nodes screen does into a temporary
// N8N_USER_FOLDER, imports the examples with n8n's CLI, executes examples 1, 2 and 5 and checks
// the sandbox; then runs n8n itself: example 3 is published, its trigger registers the webhook
// URL with the sandbox, a person's "/echo hi" gets the bot's reply in its thread, forged
// deliveries get 401 and start nothing, the approval example goes button → form → updated
// message, and deactivation clears the URL; the seed scenarios (examples 6–8, scenario-steps.js)
// sync a chat with a tag, archive quiet chats, export and wait; Incoming Webhook → Send goes out
// with the webhook URL credential (webhook-steps.js); example 10, an AI Agent with a scripted model,
// answers in threads with memory per thread and posts with the Pachca tool (agent-steps.js), and
// behind a Pachca Human review the tool runs only once a person approves (agent-review-steps.js);
// Message → Send and Wait for Response is asked, refused to crawlers and forged links, answered
// (in the browser and inside Pachca) and timed out (send-wait-steps.js, example 9). Everything
// is stopped at the end, even on failure.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Steps } = require('./runner');
const { ensureN8n } = require('../../scripts/n8n/install');
const { buildAndPack, installIntoUserFolder } = require('../../scripts/n8n/pack');
const { n8nEnv } = require('../../scripts/n8n/env');
const { importExamples } = require('../../scripts/n8n/examples');
const { N8nServer } = require('../../scripts/n8n/process');
const { duration } = require('../../scripts/lib/run');
const { CACHE_DIR } = require('../../scripts/n8n/versions');
const { PachcaSandbox } = require('../../scripts/sandbox/server');
const { freePort } = require('./ports');
const { cliSteps } = require('./cli-steps');
const { liveSteps, OWNER } = require('./live-steps');
const { scenarioCliSteps, scenarioLiveSteps } = require('./scenario-steps');
const { webhookSteps } = require('./webhook-steps');
const { sendWaitSteps } = require('./send-wait-steps');
const { exampleNineStep } = require('./example9-step');
const { sendWaitInPachcaStep } = require('./send-wait-pachca-step');
const { N8nRest } = require('../../scripts/n8n/rest');
const { agentSteps, importModelCredential, ScriptedModel } = require('./agent-steps');
const { agentReviewSteps } = require('./agent-review-steps');

async function main() {
	const steps = new Steps();
	const started = Date.now();
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pachca-e2e-'));
	const userFolder = path.join(work, 'user');
	/** @type {{ sandbox: PachcaSandbox | null, server: N8nServer | null, model: ScriptedModel | null }} */
	const running = { sandbox: null, server: null, model: null };
	console.log(`End-to-end: real n8n + the packed package + the Pachca sandbox (work folder ${work})`);
	try {
		const install = await steps.step(
			'install Node 24 and n8n 2.41.1 (cached in .cache/)',
			async () => {
				const result = await ensureN8n();
				const t = result.timings;
				const spent = result.installedNow
					? `installed now in ${duration(t.node + t.npmInstall + t.sqlite3)} (Node ` +
						`${duration(t.node)}, npm install ${duration(t.npmInstall)}, sqlite3 build ` +
						`${duration(t.sqlite3)})`
					: `already installed (no install time this run; Node check ${duration(t.node)})`;
				console.log(`    n8n install: ${spent}`);
				return result;
			},
			{ required: true },
		);
		await steps.step(
			'build, pack and install the tarball into the n8n user folder',
			async () => {
				const tarball = await buildAndPack(path.join(CACHE_DIR, 'pack'));
				await installIntoUserFolder(tarball, userFolder);
			},
			{ required: true },
		);
		running.sandbox = /** @type {PachcaSandbox} */ (
			await steps.step(
				'start the Pachca sandbox',
				async () => await new PachcaSandbox({ port: 0, log: () => {} }).start(),
				{ required: true },
			)
		);
		running.model = /** @type {ScriptedModel} */ (
			await steps.step(
				'start the scripted model (an OpenAI-compatible Chat Completions server on 127.0.0.1)',
				async () => await new ScriptedModel().start(),
				{ required: true },
			)
		);
		if (install && running.sandbox && running.model) {
			const model = running.model;
			const port = await freePort();
			const env = n8nEnv({
				runtime: install.runtime,
				userFolder,
				port,
				brokerPort: await freePort(),
				webhookUrl: `http://127.0.0.1:${port}/`,
			});
			const sandbox = running.sandbox;
			await steps.step(
				'import the credential and the example workflows (n8n CLI)',
				async () => {
					const examples = await importExamples(install, env, {
						name: 'Pachca sandbox',
						data: sandbox.credentials,
						workDir: work,
					});
					if (examples.length !== 10) throw new Error(`expected 10 examples, found ${examples.length}`);
					await importModelCredential(install, env, model, work);
				},
				{ required: true },
			);
			await cliSteps(steps, install, env, sandbox);
			await scenarioCliSteps(steps, install, env, sandbox);
			// After example 8: the webhook posts into every group chat of the bot, so none is quiet after it.
			await webhookSteps(steps, install, env, sandbox);
			running.server = new N8nServer(install, env, { port, logFile: path.join(work, 'n8n.log') });
			await liveSteps(steps, running.server, sandbox);
			await scenarioLiveSteps(steps, running.server, sandbox, OWNER);
			const rest = new N8nRest(`http://127.0.0.1:${port}`);
			await rest.ensureOwner(OWNER);
			await sendWaitSteps(steps, { rest, webhookBase: `http://127.0.0.1:${port}`, sandbox });
			await sendWaitInPachcaStep(steps, { rest, webhookBase: `http://127.0.0.1:${port}`, sandbox });
			await exampleNineStep(steps, { rest, sandbox });
			await agentSteps(steps, running.server, sandbox, model, OWNER);
			await agentReviewSteps(steps, { rest, webhookBase: `http://127.0.0.1:${port}`, sandbox, model });
		}
	} finally {
		await running.server?.stop();
		await running.sandbox?.stop();
		await running.model?.stop();
		if (steps.failed && running.server)
			console.log(`\nLast n8n output (full log ${running.server.logFile}):\n${running.server.tail}`);
		if (!steps.failed) fs.rmSync(work, { recursive: true, force: true });
	}
	console.log(`\nEnd-to-end run took ${duration(Date.now() - started)}.`);
	return steps.summary();
}

main().then(
	(ok) => process.exit(ok ? 0 : 1),
	(error) => {
		console.error(`e2e: ${error.stack || error}`);
		process.exit(1);
	},
);
