// @ts-check
'use strict';
// The first steps shared by the fuzz and queue-mode runs: n8n 2.41 (from .cache/), the packed
// package installed into a fresh user folder, and the Pachca sandbox on a free loopback port.

const path = require('node:path');
const { ensureN8n } = require('../../scripts/n8n/install');
const { buildAndPack, installIntoUserFolder } = require('../../scripts/n8n/pack');
const { CACHE_DIR } = require('../../scripts/n8n/versions');
const { PachcaSandbox } = require('../../scripts/sandbox/server');

/**
 * @param {import('./runner').Steps} steps @param {string} userFolder
 * @param {{ sandbox: PachcaSandbox | null }} running  receives the sandbox, so the caller stops it
 */
async function prepare(steps, userFolder, running) {
	const install = await steps.step('n8n 2.41.1 on Node 24 (cached in .cache/)', async () => await ensureN8n(), {
		required: true,
	});
	await steps.step(
		'build, pack and install the tarball into the n8n user folder',
		async () => {
			await installIntoUserFolder(await buildAndPack(path.join(CACHE_DIR, 'pack')), userFolder);
		},
		{ required: true },
	);
	running.sandbox =
		(await steps.step(
			'start the Pachca sandbox',
			async () => await new PachcaSandbox({ port: 0, log: () => {} }).start(),
			{ required: true },
		)) ?? null;
	return install;
}

/**
 * Runs `stop` once: at the end of the run, or on Ctrl-C / SIGTERM (then exits), so no n8n,
 * database or sandbox is left running either way.
 * @param {() => Promise<void>} stop
 */
function stopOnce(stop) {
	/** @type {Promise<void> | null} */
	let stopping = null;
	const once = () => (stopping ??= stop());
	for (const signal of /** @type {NodeJS.Signals[]} */ (['SIGINT', 'SIGTERM'])) {
		process.once(signal, () => {
			console.log(`\n${signal}: stopping everything this run started…`);
			void once().finally(() => process.exit(130));
		});
	}
	return once;
}

module.exports = { prepare, stopOnce };
