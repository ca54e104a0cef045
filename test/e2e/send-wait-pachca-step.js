// @ts-check
'use strict';
// Send and Wait answered inside Pachca: Data buttons; a Pachca Trigger of the same n8n (active,
// listening to Button Click) receives the press, resumes the waiting execution and starts none
// of its own. Free Text: the press opens a Pachca form (within the trigger_id's 3 s) and the
// form's submission resumes the execution; a replayed submission runs nothing more. Then the
// trigger's workflow is deactivated again.

const { waitFor, expect } = require('./runner');
const { sendWaitClient } = require('./send-wait-client');
const { press, submit } = require('../../scripts/sandbox/actions');
const { PACHCA_CREDENTIAL } = require('./workflow-parts');

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
		credentials: PACHCA_CREDENTIAL,
	};
	return { name: 'Button clicks', nodes: [node], connections: {}, settings: { executionOrder: 'v1' }, active: false };
}

/** @param {import('./send-wait-client').SendWaitTarget} target @param {string} workflowId */
async function executionsOf({ rest }, workflowId) {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	return (await rest.ok('GET', `/rest/executions?filter=${filter}`)).results ?? [];
}

/** @param {import('./send-wait-client').SendWaitTarget} target @param {string} triggerWorkflowId */
async function approvalInPachca(target, triggerWorkflowId) {
	const { sandbox } = target;
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
	const own = await executionsOf(target, triggerWorkflowId);
	expect(own.length === 0, `the trigger started ${own.length} executions`);
}

/**
 * A form answered in Pachca: press, the form opens, the sandbox submits `values`, the outcome shows `expected`.
 * @param {import('./send-wait-client').SendWaitTarget} target @param {string} triggerWorkflowId
 * @param {'inPachcaText' | 'inPachcaForm'} kind @param {Record<string, string>} values @param {RegExp} expected
 */
async function formInPachca(target, triggerWorkflowId, kind, values, expected) {
	const { sandbox } = target;
	const { state } = sandbox.fake;
	const client = await sendWaitClient(target, [kind]);
	const { question, message } = await client.ask(kind);
	const [button, ...others] = message.buttons.flat();
	expect(
		others.length === 0 && !button.url && button.data.startsWith('n8n-wait|'),
		`buttons: ${JSON.stringify(message.buttons)}`,
	);
	const opened = state.views.length;
	const pressedAt = Date.now();
	const pressed = /** @type {any} */ (await press(sandbox, { message_id: message.id, data: 'Answer' }));
	expect(pressed.delivery?.status === 200, `the trigger answered ${JSON.stringify(pressed.delivery)}`);
	// The fake refuses a trigger_id older than 3 s (410), so a view there opened in time.
	const view = await waitFor(
		'the Pachca form',
		() => state.views.slice(opened).find((/** @type {any} */ v) => v.trigger_id === pressed.trigger_id),
		{ timeoutMs: 5000, everyMs: 50 },
	);
	const openMs = Date.now() - pressedAt;
	expect(openMs < 3000, `the form opened ${openMs} ms after the press`);
	expect(view.request.view.title === 'Release notes', `form: ${JSON.stringify(view.request)}`);
	const submitted = /** @type {any} */ (await submit(sandbox, { values }));
	expect(submitted.delivery?.status === 200, `the trigger answered ${JSON.stringify(submitted.delivery)}`);
	const reported = await waitFor('the outcome message', () => client.outcome(question));
	expect(expected.test(reported.content), `outcome: ${reported.content}`);
	expect(state.messages.get(message.id).content.endsWith('✅ Answered'), 'message not edited');
	// The same submission delivered again (freshly signed by Pachca) resumes nothing and starts nothing.
	const replay = {
		type: 'view',
		event: 'submit',
		callback_id: view.request.callback_id,
		private_metadata: view.request.private_metadata,
		chat_id: message.chat_id,
		user_id: 4,
		data: { ...values, 'field-0': 'A replayed answer' },
	};
	const delivered = await sandbox.dispatcher.sendTo(state.bots.get(view.bot_id), 'view_submit', replay);
	expect(delivered.status === 200, `the replay was answered ${JSON.stringify(delivered)}`);
	await client.settle();
	const outcomes = client.messages().filter((m) => m.content.startsWith(`Outcome of ${question}: `));
	expect(outcomes.length === 1, `outcomes: ${outcomes.map((m) => m.content).join(' | ')}`);
	const own = await executionsOf(target, triggerWorkflowId);
	expect(own.length === 0, `the trigger started ${own.length} executions`);
	return openMs;
}

/** @param {import('./runner').Steps} steps @param {import('./send-wait-client').SendWaitTarget} target */
async function sendWaitInPachcaStep(steps, target) {
	const { rest, sandbox } = target;
	const prefix = `${target.prefix ?? 'pachcaSendWait'}-inPachca`;
	const created = await steps.step('Send and Wait in Pachca: a Pachca Trigger workflow is active', async () => {
		const workflow = await rest.ok('POST', '/rest/workflows', triggerWorkflow(prefix));
		await rest.ok('POST', `/rest/workflows/${workflow.id}/activate`, { versionId: workflow.versionId });
		return workflow;
	});
	if (!created) return;
	try {
		await steps.step(
			'Send and Wait answered in Pachca: Data button → Pachca Trigger resumes it, starts nothing',
			async () => {
				await waitFor('the trigger to register with the bot', () =>
					sandbox.botWebhookUrl.includes(`${prefix}-trigger`),
				);
				await approvalInPachca(target, created.id);
			},
		);
		await steps.step(
			'Send and Wait Free Text in Pachca: the press opens a form within 3 s, its submission resumes with the text, a replay runs nothing',
			async () => {
				const values = { 'field-0': 'Faster uploads' };
				const openMs = await formInPachca(target, created.id, 'inPachcaText', values, /"text":"Faster uploads"/);
				console.log(`    the form opened ${openMs} ms after the press (Pachca allows 3000 ms)`);
			},
		);
		await steps.step(
			'Send and Wait Custom Form in Pachca: the fields as a Pachca form, answered by label',
			async () => {
				const values = { 'field-0': 'Anna', 'field-1': 'Design' };
				await formInPachca(target, created.id, 'inPachcaForm', values, /"Name":"Anna","Team":"Design"/);
			},
		);
	} finally {
		await rest.ok('POST', `/rest/workflows/${created.id}/deactivate`, {});
	}
}

module.exports = { sendWaitInPachcaStep };
