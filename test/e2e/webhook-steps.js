// @ts-check
'use strict';
// Incoming Webhook → Send in real n8n (n8n's CLI): the node has two credentials, and n8n's routing
// engine takes the one the hidden credential switch names for the resource
// (nodes/Pachca/fields/credentialChoice.ts), here the webhook URL, not the API tokens.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { n8nCli } = require('../../scripts/n8n/process');
const { expect } = require('./runner');
const checks = require('./checks');

const CREDENTIAL = { id: 'pachcaWebhookE2e', name: 'Pachca incoming webhook (sandbox)' };
const WORKFLOW_ID = 'pachcaE2eIncomingHook';
// The sandbox bot's incoming-webhook template is `📣 {{ text }}` (scripts/sandbox/server.js).
const ORDER = { text: 'Order from Acme for 120' };

function webhookWorkflow() {
	const code = `return [{ json: ${JSON.stringify(ORDER)} }];`;
	return {
		id: WORKFLOW_ID,
		name: 'Order → incoming webhook',
		nodes: [
			{
				id: 'e2e-hook-start',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: 'e2e-hook-order',
				name: 'Order',
				type: 'n8n-nodes-base.code',
				typeVersion: 2,
				position: [220, 0],
				parameters: { jsCode: code },
			},
			{
				id: 'e2e-hook-send',
				name: 'Send',
				type: 'n8n-nodes-pachca-plus.pachca',
				typeVersion: 1,
				position: [440, 0],
				parameters: { resource: 'incomingWebhook', operation: 'send' },
				credentials: { pachcaIncomingWebhookApi: CREDENTIAL },
			},
		],
		connections: {
			Start: { main: [[{ node: 'Order', type: 'main', index: 0 }]] },
			Order: { main: [[{ node: 'Send', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
		active: false,
	};
}

/**
 * @param {import('./runner').Steps} steps
 * @param {import('../../scripts/n8n/install').N8nInstall} install
 * @param {NodeJS.ProcessEnv} env
 * @param {import('../../scripts/sandbox/server').PachcaSandbox} sandbox
 */
async function webhookSteps(steps, install, env, sandbox) {
	await steps.step(
		'Incoming Webhook → Send (execute): sent with the URL credential, the bot posts the order',
		async () => {
			const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pachca-e2e-hook-'));
			try {
				const credentialFile = path.join(dir, 'credential.json');
				const secretUrl = sandbox.fake.incomingWebhookUrl(checks.DEMO_BOT);
				const record = { ...CREDENTIAL, type: 'pachcaIncomingWebhookApi', data: { secretUrl } };
				fs.writeFileSync(credentialFile, JSON.stringify([record]), { mode: 0o600 });
				await n8nCli(install, env, ['import:credentials', `--input=${credentialFile}`]);
				const workflowFile = path.join(dir, 'workflow.json');
				fs.writeFileSync(workflowFile, JSON.stringify(webhookWorkflow()));
				await n8nCli(install, env, ['import:workflow', `--input=${workflowFile}`]);
			} finally {
				fs.rmSync(dir, { recursive: true, force: true });
			}
			const before = checks.lastMessageId(sandbox);
			const calls = sandbox.fake.requests.length;
			await n8nCli(install, env, ['execute', `--id=${WORKFLOW_ID}`, '--rawOutput']);
			const hook = sandbox.fake.requests.slice(calls).filter((request) => request.path.startsWith('/webhooks/'));
			expect(hook.length === 1 && hook[0].token === null, `webhook calls: ${JSON.stringify(hook)}`);
			const posted = checks.newMessages(sandbox, before, (m) => m.user_id === checks.DEMO_BOT);
			expect(
				posted.length > 0 && posted.every((m) => m.content === '📣 Order from Acme for 120'),
				`the bot's messages: ${JSON.stringify(posted.map((m) => m.content))}`,
			);
		},
	);
}

module.exports = { webhookSteps };
