// @ts-check
'use strict';
// A workflow for the fuzz and queue-mode runs, written to a file for `n8n import:workflow`: a
// Pachca Trigger for new messages starting with one command, then either nothing more or a
// bulk send (N copies of a message posted to the delivery's chat by the Pachca node).

const fs = require('node:fs');
const path = require('node:path');
const { n8nCli } = require('../../scripts/n8n/process');
const { PACHCA_CREDENTIAL, sendMessageParameters } = require('./workflow-parts');

/**
 * @param {{ id: string, webhookId: string, command: string, bulk?: number, registration?: 'automatic' | 'manual' }} options
 *   bulk: after the trigger, make `bulk` items and post each as a message in the delivery's chat;
 *   registration 'manual' leaves the bot's outgoing_url alone
 */
function triggerWorkflow({ id, webhookId, command, bulk = 0, registration = 'automatic' }) {
	const trigger = {
		id: `${id}-trigger`,
		name: 'Pachca Trigger',
		type: 'n8n-nodes-pachca-plus.pachcaTrigger',
		typeVersion: 1,
		position: [0, 0],
		webhookId,
		parameters: {
			events: ['message_new'],
			registration,
			botId: '',
			filters: { commands: command },
			options: {},
		},
		credentials: PACHCA_CREDENTIAL,
	};
	if (bulk === 0)
		return {
			id,
			name: `Trigger ${command}`,
			nodes: [trigger],
			connections: {},
			settings: { executionOrder: 'v1' },
			active: false,
		};
	const items = {
		id: `${id}-items`,
		name: 'Items',
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		position: [220, 0],
		parameters: {
			jsCode:
				`const chat = $input.first().json.chat_id;\nreturn Array.from({ length: ${bulk} }, (_, i) ` +
				`=> ({ json: { chat, text: 'bulk ' + (i + 1) } }));`,
		},
	};
	const send = {
		id: `${id}-send`,
		name: 'Send',
		type: 'n8n-nodes-pachca-plus.pachca',
		typeVersion: 1,
		position: [440, 0],
		parameters: sendMessageParameters('={{ $json.chat }}', '={{ $json.text }}'),
		credentials: PACHCA_CREDENTIAL,
	};
	return {
		id,
		name: `Trigger ${command} → ${bulk} messages`,
		nodes: [trigger, items, send],
		connections: {
			'Pachca Trigger': { main: [[{ node: 'Items', type: 'main', index: 0 }]] },
			Items: { main: [[{ node: 'Send', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
		active: false,
	};
}

/**
 * Imports the workflow with n8n's CLI and publishes it (activated when n8n starts).
 * @param {import('../../scripts/n8n/install').N8nInstall} install @param {NodeJS.ProcessEnv} env
 * @param {ReturnType<typeof triggerWorkflow>} workflow @param {string} workDir
 */
async function importAndPublish(install, env, workflow, workDir) {
	const file = path.join(workDir, `${workflow.id}.json`);
	fs.writeFileSync(file, JSON.stringify(workflow, null, 2));
	await n8nCli(install, env, ['import:workflow', `--input=${file}`]);
	await n8nCli(install, env, ['publish:workflow', `--id=${workflow.id}`]);
}

module.exports = { triggerWorkflow, importAndPublish };
