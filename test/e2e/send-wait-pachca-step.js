// @ts-check
'use strict';
// Send and Wait answered inside Pachca: Data buttons; a Pachca Trigger of the same n8n (active,
// listening to Button Click) receives the press, resumes the waiting execution and starts none
// of its own. Then the trigger's workflow is deactivated again.

const { waitFor, expect } = require('./runner');
const { sendWaitClient } = require('./send-wait-client');
const { press } = require('../../scripts/sandbox/actions');

const CREDENTIAL = { pachcaApi: { id: 'pachcaApiExample', name: 'Pachca API' } };

/** @param {string} prefix */
function triggerWorkflow(prefix) {
	const node = {
		id: `${prefix}-trigger`,
		name: 'On button click',
		type: 'n8n-nodes-pachca-plus.pachcaTrigger',
		typeVersion: 1,
		position: [0, 0],
		webhookId: `${prefix}-trigger`,
		parameters: { events: ['button_click'], registration: 'automatic', botId: '', filters: {}, options: {} },
		credentials: CREDENTIAL,
	};
	return { name: 'Button clicks', nodes: [node], connections: {}, settings: { executionOrder: 'v1' }, active: false };
}

/** @param {import('./runner').Steps} steps @param {import('./send-wait-client').SendWaitTarget} target */
async function sendWaitInPachcaStep(steps, target) {
	const { rest, sandbox } = target;
	await steps.step(
		'Send and Wait answered in Pachca: Data button → Pachca Trigger resumes it, starts nothing',
		async () => {
			const prefix = `${target.prefix ?? 'pachcaSendWait'}-inPachca`;
			const created = await rest.ok('POST', '/rest/workflows', triggerWorkflow(prefix));
			await rest.ok('POST', `/rest/workflows/${created.id}/activate`, { versionId: created.versionId });
			try {
				await waitFor('the trigger to register with the bot', () =>
					sandbox.botWebhookUrl.includes(`${prefix}-trigger`),
				);
				const client = await sendWaitClient(target, ['inPachca']);
				const { question, message } = await client.ask('inPachca');
				const buttons = message.buttons.flat();
				expect(
					buttons.every((/** @type {any} */ b) => !b.url && b.data.startsWith('n8n-wait|') && b.data.length <= 255),
					`buttons: ${JSON.stringify(buttons)}`,
				);
				const pressed = /** @type {any} */ (await press(sandbox, { message_id: message.id, data: '✅ Approve' }));
				expect(pressed.delivery?.status === 200, `the trigger answered ${JSON.stringify(pressed.delivery)}`);
				const reported = await waitFor('the outcome message', () => client.outcome(question));
				expect(/"approved":true/.test(reported.content), `outcome: ${reported.content}`);
				expect(sandbox.fake.state.messages.get(message.id).content.endsWith('✅ Approved'), 'message not edited');
				const filter = encodeURIComponent(JSON.stringify({ workflowId: created.id }));
				const own = await rest.ok('GET', `/rest/executions?filter=${filter}`);
				expect((own.results ?? []).length === 0, `the trigger started ${(own.results ?? []).length} executions`);
			} finally {
				await rest.ok('POST', `/rest/workflows/${created.id}/deactivate`, {});
			}
		},
	);
}

module.exports = { sendWaitInPachcaStep };
