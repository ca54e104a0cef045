// @ts-check
'use strict';
// The part run with n8n's CLI before the server starts (the CLI and the server would share the
// task-runner port and the database): execute examples 1, 2 and 5, check what they did in the
// sandbox, and publish example 3 so the server activates it on start.

const { n8nCli } = require('../../scripts/n8n/process');
const checks = require('./checks');
const { faultSteps } = require('./fault-steps');

/** @typedef {import('./runner').Steps} Steps */

/**
 * @param {Steps} steps
 * @param {import('../../scripts/n8n/install').N8nInstall} install
 * @param {NodeJS.ProcessEnv} env
 * @param {import('../../scripts/sandbox/server').PachcaSandbox} sandbox
 */
async function cliSteps(steps, install, env, sandbox) {
	/** @param {string} id @param {(sb: typeof sandbox, after: number) => any} check */
	const executeAndCheck = async (id, check) => {
		const before = checks.lastMessageId(sandbox);
		await n8nCli(install, env, ['execute', `--id=${id}`, '--rawOutput']);
		check(sandbox, before);
	};
	await steps.step('example 1 (execute): message with a link button, a data button and an uploaded file', () =>
		executeAndCheck('pachcaExample01', checks.checkMessageWithButtonsAndFile),
	);
	await steps.step('example 2 (execute): channel from the Design tag, everyone in it, welcome mentioning them', () =>
		executeAndCheck('pachcaExample02', checks.checkChannelFromTag),
	);
	await steps.step('example 5 (execute): report of chats inactive for 30 days posted', () =>
		executeAndCheck('pachcaExample05', checks.checkInactiveReport),
	);
	await faultSteps(steps, install, env, sandbox);
	await steps.step(
		'example 3: publish:workflow (activated when n8n starts)',
		async () => {
			await n8nCli(install, env, ['publish:workflow', '--id=pachcaExample03']);
		},
		{ required: true },
	);
}

module.exports = { cliSteps };
