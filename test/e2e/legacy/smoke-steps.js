// @ts-check
'use strict';
// The legacy leg's smoke scenario, as a step module (modules.js): in n8n 1.123 the package's
// nodes load, Message → Send (n8n's CLI, `execute`) posts to the sandbox, and with the server
// running the trigger registers its URL, a signed delivery runs the workflow (its reply reaches
// the sandbox) and a forged one gets 401 and starts nothing.

const { n8nCli } = require('../../../scripts/n8n/process');
const { buildDelivery, post } = require('../../fake-pachca/sign');
const { waitFor, expect } = require('../runner');
const { messagePayload } = require('../payloads');
const checks = require('../checks');
const { PACHCA_CREDENTIAL, sendMessageParameters } = require('../workflow-parts');

const SEND = { id: 'pachcaLegacySend', text: 'Legacy smoke: sent from n8n 1.123' };
const ECHO = { id: 'pachcaLegacyEcho', webhookId: '5d0c7a1e-3b9f-4c61-9a52-1e9ac0000001' };
const GENERAL = 101;

/** @param {string} name @param {Record<string, unknown>} parameters @param {number} x */
const pachcaNode = (name, parameters, x) => ({
	id: `legacy-${name.toLowerCase().replace(/\W+/g, '-')}`,
	name,
	type: 'n8n-nodes-pachca-plus.pachca',
	typeVersion: 1,
	position: [x, 0],
	parameters,
	credentials: PACHCA_CREDENTIAL,
});

function workflows() {
	const send = {
		id: SEND.id,
		name: 'Legacy: Message → Send',
		nodes: [
			{
				id: 'legacy-manual',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			pachcaNode('Send', sendMessageParameters(String(GENERAL), SEND.text), 220),
		],
		connections: { Start: { main: [[{ node: 'Send', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
		active: false,
	};
	const echo = {
		id: ECHO.id,
		name: 'Legacy: trigger → reply',
		nodes: [
			{
				id: 'legacy-trigger',
				name: 'Pachca Trigger',
				type: 'n8n-nodes-pachca-plus.pachcaTrigger',
				typeVersion: 1,
				position: [0, 0],
				webhookId: ECHO.webhookId,
				parameters: {
					events: ['message_new'],
					registration: 'automatic',
					botId: '',
					filters: { commands: '/legacy' },
					options: {},
				},
				credentials: PACHCA_CREDENTIAL,
			},
			pachcaNode('Reply', sendMessageParameters('={{ $json.chat_id }}', '=pong: {{ $json.content }}'), 220),
		],
		connections: { 'Pachca Trigger': { main: [[{ node: 'Reply', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
		active: true,
	};
	return [send, echo];
}

/** @param {import('./modules').LegacyCliContext} ctx */
async function cli({ steps, install, env, sandbox }) {
	await steps.step('Message → Send (n8n execute): the message reaches the sandbox', async () => {
		const before = checks.lastMessageId(sandbox);
		await n8nCli(install, env, ['execute', `--id=${SEND.id}`, '--rawOutput']);
		const sent = checks.newMessages(sandbox, before, (m) => m.chat_id === GENERAL && m.content === SEND.text);
		expect(sent.length === 1, `${sent.length} messages "${SEND.text}" in General, expected 1`);
	});
}

/** @param {import('../../../scripts/n8n/rest').N8nRest} rest */
async function echoExecutions(rest) {
	const filter = encodeURIComponent(JSON.stringify({ workflowId: ECHO.id }));
	const data = await rest.ok('GET', `/rest/executions?filter=${filter}`);
	return /** @type {Array<{ id: string, status: string }>} */ (data.results || []);
}

/** @param {import('./modules').LegacyLiveContext} ctx */
async function live({ steps, sandbox, rest, webhookUrl }) {
	const url = webhookUrl(ECHO.webhookId);
	await steps.step(
		"activation registered the trigger's production URL as the bot's outgoing_url",
		async () => {
			await waitFor(`outgoing_url = ${url} (now "${sandbox.botWebhookUrl}")`, () => sandbox.botWebhookUrl === url, {
				timeoutMs: 90000,
			});
		},
		{ required: true },
	);
	await steps.step('a signed delivery runs the workflow: its reply reaches the sandbox', async () => {
		const before = checks.lastMessageId(sandbox);
		const delivery = buildDelivery(messagePayload(990001, '/legacy ping'), { secret: sandbox.signingSecret });
		const answer = await post(url, delivery.body, delivery.headers);
		expect(answer.status === 200, `n8n answered ${answer.status} ${answer.text}`);
		const [reply] = await waitFor(
			'the reply "pong: /legacy ping" in General',
			() => {
				const found = checks.newMessages(sandbox, before, (m) => m.content === 'pong: /legacy ping');
				return found.length > 0 ? found : null;
			},
			{ timeoutMs: 60000 },
		);
		expect(reply.chat_id === GENERAL, `the reply went to chat ${reply.chat_id}`);
		const [run] = await waitFor('the execution to be saved as finished', async () => {
			const list = await echoExecutions(rest);
			return list.length > 0 && list.every((e) => !['new', 'running'].includes(e.status)) ? list : null;
		});
		expect(run.status === 'success', `the execution ended "${run.status}"`);
	});
	await steps.step('a forged delivery gets 401 and starts nothing', async () => {
		const before = (await echoExecutions(rest)).length;
		const forged = buildDelivery(messagePayload(990002, '/legacy forged'), { secret: 'not-the-secret' });
		const answer = await post(url, forged.body, forged.headers);
		expect(answer.status === 401, `n8n answered ${answer.status} ${answer.text}, expected 401`);
		await new Promise((resolve) => setTimeout(resolve, 3000));
		expect((await echoExecutions(rest)).length === before, 'the forged delivery started an execution');
	});
}

module.exports = { name: 'smoke', workflows, cli, live };
