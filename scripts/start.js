// @ts-check
'use strict';
// `npm start`: try the package in real n8n without a Pachca account.
//   1. installs Node 24 and n8n (once, into .cache/), builds and packs this package and installs
//      the tarball into .n8n-local/.n8n/nodes as n8n's Community Nodes screen does;
//   2. starts the Pachca sandbox on 127.0.0.1 (or, with PACHCA_*_TOKEN set, uses real Pachca);
//   3. imports the Pachca API credential (each run) and the example workflows (first run) with
//      n8n's CLI;
//   4. starts n8n on http://localhost:5678, sets up the owner account and prints the login.
// Ctrl+C stops n8n and the sandbox. Data stays in .n8n-local/ (delete it to start afresh).

const fs = require('node:fs');
const path = require('node:path');
const { ensureN8n } = require('./n8n/install');
const { buildAndPack, installIntoUserFolder } = require('./n8n/pack');
const { n8nEnv } = require('./n8n/env');
const { echoToTerminal } = require('./n8n/echo-filter');
const { importExamples, credentialFromEnv } = require('./n8n/examples');
const { N8nServer } = require('./n8n/process');
const { N8nRest } = require('./n8n/rest');
const { removePid, stopLeftover, writePid } = require('./n8n/pidfile');
const { CACHE_DIR, ROOT } = require('./n8n/versions');
const { PachcaSandbox, DEFAULT_PORT } = require('./sandbox/server');

const USER_FOLDER = path.join(ROOT, '.n8n-local');
const OWNER = {
	email: process.env.N8N_OWNER_EMAIL || 'demo@example.com',
	firstName: 'Demo',
	lastName: 'Owner',
	password: process.env.N8N_OWNER_PASSWORD || 'PachcaDemo1',
};

/** @type {{ server: N8nServer | null, sandbox: PachcaSandbox | null }} */
const running = { server: null, sandbox: null };

async function stopAll() {
	if (running.server) {
		await running.server.stop();
		removePid(USER_FOLDER);
	}
	await running.sandbox?.stop();
}

/**
 * n8n hands a community package its own n8n-workflow (through NODE_PATH), but this user folder sits
 * inside the repository, whose node_modules/n8n-workflow Node would find first: a second copy, whose
 * error classes n8n does not recognise. Pointing the package at n8n's copy keeps errors as they are
 * in a real install. (Tests and benchmarks use user folders outside the repository.)
 * @param {string} userFolder @param {import('./n8n/install').N8nInstall} install
 */
function useN8nsWorkflow(userFolder, install) {
	const link = path.join(userFolder, '.n8n', 'nodes', 'node_modules', 'n8n-workflow');
	fs.rmSync(link, { recursive: true, force: true });
	fs.symlinkSync(path.join(install.dir, 'node_modules', 'n8n-workflow'), link, 'dir');
}

async function main() {
	const port = Number(process.env.N8N_PORT || 5678);
	fs.mkdirSync(USER_FOLDER, { recursive: true });
	await stopLeftover(USER_FOLDER);
	const install = await ensureN8n();
	const tarball = await buildAndPack(path.join(CACHE_DIR, 'pack'));
	await installIntoUserFolder(tarball, USER_FOLDER);
	useN8nsWorkflow(USER_FOLDER, install);

	const real = credentialFromEnv();
	const sandbox = real
		? null
		: await new PachcaSandbox({
				port: Number(process.env.PACHCA_SANDBOX_PORT || DEFAULT_PORT),
				botsFile: path.join(USER_FOLDER, 'sandbox-bots.json'),
			}).start();
	running.sandbox = sandbox;
	const env = n8nEnv({
		runtime: install.runtime,
		userFolder: USER_FOLDER,
		port,
		brokerPort: Number(process.env.N8N_RUNNERS_BROKER_PORT || port + 1),
	});
	const server = new N8nServer(install, env, {
		port,
		logFile: path.join(USER_FOLDER, 'n8n.log'),
		echo: echoToTerminal,
	});
	const onSignal = () => {
		console.log('\nStopping n8n and the sandbox …');
		stopAll().finally(() => process.exit(0));
	};
	process.on('SIGINT', onSignal);
	process.on('SIGTERM', onSignal);

	// Examples only into a new instance: re-importing would undo your edits and deactivate them.
	const firstRun = !fs.existsSync(path.join(USER_FOLDER, '.n8n', 'database.sqlite'));
	console.log(
		`[start] Importing the ${real ? 'Pachca API' : 'sandbox'} credential${firstRun ? ' and the example workflows' : ''} (n8n CLI) …`,
	);
	const data = real ?? /** @type {PachcaSandbox} */ (sandbox).credentials;
	const credential = { name: real ? 'Pachca API' : 'Pachca sandbox', data, workDir: path.join(USER_FOLDER, 'tmp') };
	const examples = await importExamples(install, env, credential, { workflows: firstRun });
	console.log(`[start] Starting n8n on http://localhost:${port} …`);
	running.server = server;
	const took = await server.start();
	writePid(USER_FOLDER, server);
	const rest = new N8nRest(`http://127.0.0.1:${port}`);
	const owner = await rest.ensureOwner(OWNER);
	printBanner({ port, took, owner, sandbox, real: Boolean(real), examples });
}

/**
 * @param {{
 *   port: number,
 *   took: string,
 *   owner: string,
 *   sandbox: PachcaSandbox | null,
 *   real: boolean,
 *   examples: Array<{ name: string }>,
 * }} info
 */
function printBanner({ port, took, owner, sandbox, real, examples }) {
	const lines = [
		'',
		`n8n is running (ready in ${took}): http://localhost:${port}`,
		owner === 'created'
			? `  Log in: ${OWNER.email} / ${OWNER.password}`
			: `  Log in: ${OWNER.email} (the owner from an earlier run; password ${OWNER.password} unless you changed it)`,
		`  Credential: "${real ? 'Pachca API' : 'Pachca sandbox'}" → ${real ? 'real Pachca (PACHCA_* variables)' : sandbox?.baseUrl}`,
		`  Example workflows (Overview → Workflows; imported on the first run, delete .n8n-local/ to start afresh):`,
		...examples.map((e) => `    - ${e.name}`),
	];
	if (sandbox) {
		lines.push(
			'',
			`Pachca sandbox: ${sandbox.url}/  (chats, messages, buttons, forms, webhook deliveries)`,
			`  Demo Bot's incoming webhook (for a "Pachca Incoming Webhook API" credential): ${sandbox.incomingWebhookUrl}`,
			'  Act as a person from another terminal:',
			'    npm run sandbox -- say "/echo hi"       post in General as Anna',
			'    npm run sandbox -- press approve         press a bot button',
			'    npm run sandbox -- submit \'{"comment": "ship it"}\'   submit the open form',
			'    npm run sandbox -- messages              the latest messages in General',
		);
	}
	lines.push('', 'Press Ctrl+C to stop. n8n log: .n8n-local/n8n.log');
	console.log(lines.join('\n'));
}

main().catch(async (error) => {
	console.error(`\n[start] FAILED: ${error.message}`);
	await stopAll();
	process.exit(1);
});
