// @ts-check
'use strict';
// Example 9 (Send and Wait for Response) run by hand on the server: the question is posted with
// its two buttons, a person presses "✅ Deploy" (the sandbox follows the link as a browser
// would) and the workflow takes the approved branch.

const { waitFor, expect } = require('./runner');
const { press } = require('../../scripts/sandbox/actions');

/**
 * @param {import('./runner').Steps} steps
 * @param {{ rest: import('../../scripts/n8n/rest').N8nRest, sandbox: import('../../scripts/sandbox/server').PachcaSandbox }} target
 */
async function exampleNineStep(steps, { rest, sandbox }) {
	await steps.step(
		'example 9 (manual run): question with buttons → "✅ Deploy" pressed → approved branch',
		async () => {
			const { fake } = sandbox;
			const after = Math.max(0, ...fake.state.messages.keys());
			const newer = () => [...fake.state.messages.values()].filter((m) => m.id > after && m.chat_id === 101);
			const run = await rest.ok('POST', '/rest/workflows/pachcaExample09/run', {
				triggerToStartFrom: { name: "When clicking 'Execute workflow'" },
			});
			expect(run && run.executionId, `n8n did not start example 9: ${JSON.stringify(run)}`);
			const question = await waitFor('the question with its buttons', () =>
				newer().find((m) => m.content.startsWith('🚀 Release 2.4 is ready') && m.buttons),
			);
			const labels = question.buttons.flat().map((/** @type {{ text: string }} */ b) => b.text);
			expect(JSON.stringify(labels) === '["✅ Deploy","❌ Not now"]', `buttons: ${JSON.stringify(labels)}`);
			const pressed = /** @type {any} */ (await press(sandbox, { message_id: question.id, data: '✅ Deploy' }));
			expect(pressed.status === 200, `the click answered ${pressed.status}: ${pressed.page}`);
			await waitFor("the approved branch's message", () =>
				newer().find((m) => m.content.startsWith('✅ Deploying release 2.4')),
			);
			const execution = await waitFor(`execution ${run.executionId} to finish`, async () => {
				const found = await rest.ok('GET', `/rest/executions/${run.executionId}`);
				return found && found.status !== 'waiting' && found.status !== 'running' ? found : null;
			});
			expect(execution.status === 'success', `example 9 ended "${execution.status}"`);
			expect(!newer().some((m) => m.content.startsWith('⏸')), 'the postponed branch ran too');
		},
	);
}

module.exports = { exampleNineStep };
