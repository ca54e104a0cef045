// @ts-check
'use strict';
// Odd answers in real n8n (n8n's CLI): a chat list cut short on the way must fail the execution
// with a message that says so, never run on as if there were no chats.

const { n8nCli } = require('../../scripts/n8n/process');
const { expect } = require('./runner');
const checks = require('./checks');

/**
 * @param {import('./runner').Steps} steps
 * @param {import('../../scripts/n8n/install').N8nInstall} install
 * @param {NodeJS.ProcessEnv} env
 * @param {import('../../scripts/sandbox/server').PachcaSandbox} sandbox
 */
async function faultSteps(steps, install, env, sandbox) {
	await steps.step(
		'example 5 with every GET /chats cut short: the execution fails saying so, nothing is posted',
		async () => {
			const before = checks.lastMessageId(sandbox);
			sandbox.fake.failRoute({ method: 'GET', path: '/chats', truncate: 24, times: 4 });
			try {
				const failure = await n8nCli(install, env, ['execute', '--id=pachcaExample05', '--rawOutput']).then(
					() => undefined,
					(/** @type {Error} */ error) => error,
				);
				expect(failure, 'the execution succeeded on a cut-off chat list');
				expect(
					/the answer is not complete JSON \(HTTP 200\)/.test(failure?.message ?? ''),
					`n8n did not report the cut-off answer:\n${failure?.message}`,
				);
				expect(checks.newMessages(sandbox, before).length === 0, 'a report was posted from a cut-off chat list');
			} finally {
				sandbox.fake.clearFailures();
			}
		},
	);
}

module.exports = { faultSteps };
