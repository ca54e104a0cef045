// @ts-check
'use strict';
// The seed scenarios shipped as examples 6–8, checked against the sandbox's state:
// 7 (sync a chat with a group tag) and 8 (archive inactive chats) with n8n's CLI before the
// server starts; 6 (export, wait for Pachca's webhook, download) on the running server, since
// its Wait node resumes through n8n's webhook.

const { n8nCli } = require('../../scripts/n8n/process');
const { N8nRest } = require('../../scripts/n8n/rest');
const { waitFor, expect } = require('./runner');
const { DEMO_BOT } = require('./checks');

/** @typedef {import('./runner').Steps} Steps */
/** @typedef {import('../../scripts/sandbox/server').PachcaSandbox} PachcaSandbox */

const APOLLO = 102;
const BACKEND_TAG = 'Backend';
const DAY = 86400000;

/** @param {PachcaSandbox} sb @param {number} chatId */
const members = (sb, chatId) =>
	sb.fake.state
		.memberIds(chatId)
		.slice()
		.sort((a, b) => a - b);

/** Group chats the bot is in whose last message is older than `days`. @param {PachcaSandbox} sb @param {number} days */
function quietChats(sb, days) {
	const { state } = sb.fake;
	const before = new Date(Date.now() - days * DAY).toISOString();
	return [...state.chats.values()].filter(
		(c) =>
			!c.personal &&
			!c.thread_id &&
			!c.archived &&
			state.isMember(c.id, DEMO_BOT) &&
			(c.last_message_at || c.created_at) < before,
	);
}

/**
 * @param {Steps} steps
 * @param {import('../../scripts/n8n/install').N8nInstall} install
 * @param {NodeJS.ProcessEnv} env
 * @param {PachcaSandbox} sandbox
 */
async function scenarioCliSteps(steps, install, env, sandbox) {
	await steps.step(
		'example 7 (execute): Project Apollo synced with the Backend tag (one joined the tag, two left the chat)',
		async () => {
			const { state } = sandbox.fake;
			// Ivan (1) joins the tag, so the run has someone to add as well as people to remove.
			const ivan = state.users.get(1);
			ivan.list_tags = [...(ivan.list_tags || []), BACKEND_TAG];
			const owner = state.chats.get(APOLLO).owner_id;
			const tagged = [...state.users.values()]
				.filter((u) => (u.list_tags || []).includes(BACKEND_TAG))
				.map((u) => u.id);
			const expected = [...new Set([...tagged, owner, DEMO_BOT])].sort((a, b) => a - b);
			const before = members(sandbox, APOLLO);
			expect(
				before.some((id) => !expected.includes(id)) && expected.some((id) => !before.includes(id)),
				`nothing to add and remove: members ${before}, tag ${tagged}`,
			);
			await n8nCli(install, env, ['execute', '--id=pachcaExample07', '--rawOutput']);
			expect(
				members(sandbox, APOLLO).join() === expected.join(),
				`members of Project Apollo are ${members(sandbox, APOLLO)}; expected ${expected} (the ` +
					`tag's people, the owner, the bot; before: ${before})`,
			);
		},
	);
	await steps.step('example 8 (execute): group chats quiet for 30 days got a notice, then were archived', async () => {
		const { state } = sandbox.fake;
		const quiet = quietChats(sandbox, 30);
		expect(quiet.length > 0, 'no quiet chat in the sandbox to archive');
		const after = Math.max(...state.messages.keys());
		await n8nCli(install, env, ['execute', '--id=pachcaExample08', '--rawOutput']);
		for (const chat of quiet) {
			expect(chat.archived, `"${chat.name}" (${chat.id}) is not archived`);
			const notice = [...state.messages.values()].find(
				(m) => m.id > after && m.chat_id === chat.id && m.user_id === DEMO_BOT,
			);
			expect(
				notice && /archiving the chat/.test(notice.content),
				`no notice from the bot in "${chat.name}" before archiving`,
			);
		}
		expect(!state.chats.get(101).archived, 'General (active) was archived');
	});
}

/**
 * @param {Steps} steps
 * @param {import('../../scripts/n8n/process').N8nServer} server
 * @param {PachcaSandbox} sandbox
 * @param {{ email: string, password: string, firstName: string, lastName: string }} owner the account live-steps.js set up
 */
async function scenarioLiveSteps(steps, server, sandbox, owner) {
	const rest = new N8nRest(`http://127.0.0.1:${server.port}`);
	await steps.step(
		'example 6 (manual run): export requested, the Wait node resumed by the sandbox, archive downloaded',
		async () => {
			await rest.ensureOwner(owner);
			const { fake } = sandbox;
			const exportsBefore = Math.max(0, ...fake.state.exports.keys());
			const run = await rest.ok('POST', '/rest/workflows/pachcaExample06/run', {
				triggerToStartFrom: { name: "When clicking 'Execute workflow'" },
			});
			expect(run && run.executionId, `n8n did not start the workflow: ${JSON.stringify(run)}`);
			const id = await waitFor(
				'the export request',
				() => [...fake.state.exports.keys()].find((key) => key > exportsBefore),
				{ timeoutMs: 60000 },
			);
			const webhookUrl = fake.state.exports.get(id).webhook_url;
			expect(
				/\/webhook-waiting\//.test(webhookUrl),
				`the export's webhook_url is not the Wait node's resume URL: ${webhookUrl}`,
			);
			const execution = await waitFor(
				`execution ${run.executionId} to finish`,
				async () => {
					const found = await rest.ok('GET', `/rest/executions/${run.executionId}`);
					return found && ['success', 'error', 'crashed', 'canceled'].includes(found.status) ? found : null;
				},
				{ timeoutMs: 90000 },
			);
			const delivered = fake.exportDeliveries.filter((d) => d.url === webhookUrl);
			expect(
				execution.status === 'success',
				`execution ended "${execution.status}" (deliveries of the ready webhook: ${JSON.stringify(delivered)})`,
			);
			expect(
				delivered.some((d) => d.status >= 200 && d.status < 300),
				`n8n never accepted the "export ready" webhook: ${JSON.stringify(delivered)}`,
			);
			const calls = fake.requests.map((r) => `${r.method} ${r.path}`);
			expect(
				calls.includes(`GET /chats/exports/${id}`) && calls.includes(`GET /files/exports/${id}.zip`),
				`the archive of export ${id} was not downloaded`,
			);
			expect(String(execution.data).includes(`pachca-export-${id}.zip`), 'the archive is not in the execution output');
		},
	);
}

module.exports = { scenarioCliSteps, scenarioLiveSteps };
