// @ts-check
'use strict';
// `npm run test:e2e:legacy`: the packed package in n8n 1.123 on Node 22 (the older line the
// README lists as supported), against the Pachca sandbox. Installs that n8n into
// .cache/n8n-1.123 (timed), installs the tarball as the Community Nodes screen does into a
// temporary user folder, imports the credential and the step modules' workflows (modules.js)
// with n8n's CLI, activates those marked active, runs the modules' CLI steps, then starts n8n
// as a server and runs their live steps. Everything is stopped at the end, even on failure.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Steps, waitFor } = require('../runner');
const { stopOnce } = require('../prepare');
const { freePort } = require('../ports');
const { ensureN8n } = require('../../../scripts/n8n/install');
const { buildAndPack, installIntoUserFolder } = require('../../../scripts/n8n/pack');
const { n8nEnv } = require('../../../scripts/n8n/env');
const { importCredential } = require('../../../scripts/n8n/examples');
const { N8nServer, n8nCli } = require('../../../scripts/n8n/process');
const { N8nRest } = require('../../../scripts/n8n/rest');
const { duration } = require('../../../scripts/lib/run');
const { CACHE_DIR, PINS } = require('../../../scripts/n8n/versions');
const { PachcaSandbox } = require('../../../scripts/sandbox/server');
const { LEGACY_MODULES } = require('./modules');

const PIN = PINS.legacy;
const OWNER = { email: 'legacy@example.com', firstName: 'Legacy', lastName: 'Leg', password: 'PachcaLegacy-1' };

/** @param {import('../../../scripts/n8n/install').N8nInstall} install */
function installTiming(install) {
	const t = install.timings;
	return install.installedNow
		? `installed now in ${duration(t.node + t.npmInstall + t.sqlite3)} (Node ${duration(t.node)}, ` +
				`npm install ${duration(t.npmInstall)}, sqlite3 build ${duration(t.sqlite3)})`
		: `already installed (no install time this run; Node check ${duration(t.node)})`;
}

/**
 * Imports every module's workflows, then activates those marked active. n8n 1.x activates with
 * `update:workflow --active=true` (2.x says publish:workflow).
 * @param {import('../../../scripts/n8n/install').N8nInstall} install @param {NodeJS.ProcessEnv} env
 * @param {object[]} workflows @param {string} work
 */
async function importWorkflows(install, env, workflows, work) {
	const dir = path.join(work, 'workflows');
	fs.mkdirSync(dir, { recursive: true });
	for (const workflow of /** @type {Array<{ id: string, active?: boolean }>} */ (workflows))
		fs.writeFileSync(path.join(dir, `${workflow.id}.json`), JSON.stringify({ ...workflow, active: false }, null, 2));
	await n8nCli(install, env, ['import:workflow', '--separate', `--input=${dir}`]);
	for (const workflow of /** @type {Array<{ id: string, active?: boolean }>} */ (workflows))
		if (workflow.active) await n8nCli(install, env, ['update:workflow', `--id=${workflow.id}`, '--active=true']);
}

async function main() {
	const steps = new Steps();
	const started = Date.now();
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pachca-legacy-'));
	const userFolder = path.join(work, 'user');
	/** @type {{ sandbox: PachcaSandbox | null, server: N8nServer | null }} */
	const running = { sandbox: null, server: null };
	const stop = stopOnce(async () => {
		await running.server?.stop();
		await running.sandbox?.stop();
	});
	console.log(
		`Legacy leg: n8n ${PIN.n8n} on Node ${PIN.node} + the packed package + the sandbox (work folder ${work})`,
	);
	try {
		const install = await steps.step(
			`install Node ${PIN.node} and n8n ${PIN.n8n} (cached in .cache/${PIN.n8nDir})`,
			async () => {
				const result = await ensureN8n({ pin: PIN });
				console.log(`    n8n ${PIN.n8n} install: ${installTiming(result)}`);
				return result;
			},
			{ required: true },
		);
		await steps.step(
			'build, pack and install the tarball into the n8n user folder',
			async () => await installIntoUserFolder(await buildAndPack(path.join(CACHE_DIR, 'pack')), userFolder),
			{ required: true },
		);
		const sandbox = (running.sandbox =
			(await steps.step(
				'start the Pachca sandbox',
				async () => await new PachcaSandbox({ port: 0, log: () => {} }).start(),
				{ required: true },
			)) ?? null);
		if (!install || !sandbox) return steps.summary();
		const port = await freePort();
		const base = `http://127.0.0.1:${port}/`;
		const env = {
			...n8nEnv({ runtime: install.runtime, userFolder, port, brokerPort: await freePort(), webhookUrl: base }),
			// n8n 1.123 has no mcp-registry module and refuses to start when told to disable it.
			N8N_DISABLED_MODULES: '',
		};
		const cliContext = { steps, install, env, sandbox, work };
		await steps.step(
			`import the credential and the workflows of ${LEGACY_MODULES.map((m) => m.name).join(', ')} (n8n CLI)`,
			async () => {
				await importCredential(install, env, { name: 'Pachca sandbox', data: sandbox.credentials, workDir: work });
				await importWorkflows(
					install,
					env,
					LEGACY_MODULES.flatMap((m) => m.workflows(sandbox)),
					work,
				);
			},
			{ required: true },
		);
		for (const module of LEGACY_MODULES) await module.cli?.(cliContext);
		const server = (running.server = new N8nServer(install, env, { port, logFile: path.join(work, 'n8n.log') }));
		await steps.step(
			`start n8n ${PIN.n8n} as a server`,
			async () => {
				console.log(`    ready in ${await server.start()}`);
				// n8n 1.x answers /healthz/readiness seconds before its REST API is mounted.
				await waitFor("n8n's REST API (/rest/settings)", async () => {
					const answer = await fetch(`http://127.0.0.1:${port}/rest/settings`).catch(() => null);
					return answer?.status === 200;
				});
			},
			{ required: true },
		);
		await steps.step("the package loaded: no error about it in n8n's log", async () => {
			const log = fs.readFileSync(server.logFile, 'utf8');
			const problem = log.split('\n').find((line) => /pachca/i.test(line) && /error|failed/i.test(line));
			if (problem) throw new Error(`n8n's log: ${problem}`);
		});
		const rest = new N8nRest(`http://127.0.0.1:${port}`);
		await steps.step('owner account through the REST API', async () => await rest.ensureOwner(OWNER), {
			required: true,
		});
		const liveContext = {
			...cliContext,
			n8n: server,
			rest,
			webhookBase: base.replace(/\/+$/, ''),
			webhookUrl: (/** @type {string} */ webhookId) => `${base}webhook/${webhookId}/webhook`,
		};
		for (const module of LEGACY_MODULES) await module.live?.(liveContext);
	} finally {
		await stop();
		if (steps.failed && running.server)
			console.log(`\nLast n8n output (full log ${running.server.logFile}):\n${running.server.tail}`);
		if (!steps.failed) fs.rmSync(work, { recursive: true, force: true });
	}
	console.log(`\nLegacy run took ${duration(Date.now() - started)}.`);
	return steps.summary();
}

main().then(
	(ok) => process.exit(ok ? 0 : 1),
	(error) => {
		console.error(`e2e legacy: ${error.stack || error}`);
		process.exit(1);
	},
);
