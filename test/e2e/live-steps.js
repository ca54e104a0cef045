// @ts-check
'use strict';
// The part with n8n running: trigger registration, the /echo bot answering a person, forged
// deliveries refused, the approval flow (button → form → updated message), deactivation.

const { request } = require('undici');
const { N8nRest } = require('../../scripts/n8n/rest');
const { buildDelivery } = require('../fake-pachca/sign');
const { waitFor, expect } = require('./runner');
const checks = require('./checks');
const { messagePayload } = require('./payloads');
const { fuzzSteps } = require('./fuzz-steps');

const ECHO = { id: 'pachcaExample03', webhookId: '5d0c7a1e-3b9f-4c61-9a52-e4c0de000003' };
const APPROVAL = { id: 'pachcaExample04', webhookId: '5d0c7a1e-3b9f-4c61-9a52-e4c0de000004' };
const OWNER = { email: 'e2e@example.com', firstName: 'End', lastName: 'ToEnd', password: 'PachcaE2e-1' };

/** @typedef {import('../../scripts/sandbox/server').PachcaSandbox} PachcaSandbox */

/**
 * POSTs JSON to a sandbox route or any URL; returns status and parsed body.
 * @param {string} url
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
async function post(url, body, headers = {}) {
	const response = await request(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body: typeof body === 'string' ? body : JSON.stringify(body),
		headersTimeout: 30000,
		bodyTimeout: 30000,
	});
	const text = await response.body.text();
	return { status: response.statusCode, json: text.startsWith('{') ? JSON.parse(text) : { text } };
}

/** @param {N8nRest} rest @param {string} workflowId */
async function executionCount(rest, workflowId) {
	const data = await rest.ok('GET', `/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId }))}`);
	return Number(data.count ?? (data.results || []).length);
}

/**
 * The execution count once it stops moving: an earlier delivery's execution may still be on its way
 * to the database. Two equal reads 700 ms apart, at most 15 reads.
 * @param {N8nRest} rest @param {string} workflowId
 */
async function settledExecutionCount(rest, workflowId) {
	let last = await executionCount(rest, workflowId);
	for (let read = 1; read < 15; read++) {
		await new Promise((resolve) => setTimeout(resolve, 700));
		const now = await executionCount(rest, workflowId);
		if (now === last) return now;
		last = now;
	}
	return last;
}

/** "/echo <text>" as Anna; resolves with the bot's reply in the thread. @param {PachcaSandbox} sandbox @param {string} text */
async function echo(sandbox, text) {
	const said = await post(`${sandbox.url}/_sandbox/say`, { text: `/echo ${text}` });
	expect(said.status === 200, `the sandbox refused the message: ${JSON.stringify(said.json)}`);
	const deliveredBefore = sandbox.dispatcher.deliveries.length;
	return await waitFor(
		`the bot's reply to "/echo ${text}" in the thread of message ${said.json.id}`,
		() => {
			const refused = sandbox.dispatcher.deliveries.slice(deliveredBefore).find((d) => d.status !== 200);
			if (refused) throw new Error(`n8n refused the sandbox's delivery: ${JSON.stringify(refused)}`);
			return checks.echoReply(sandbox, said.json.id);
		},
		{ timeoutMs: 60000 },
	);
}

/**
 * @param {import('./runner').Steps} steps
 * @param {import('../../scripts/n8n/process').N8nServer} server
 * @param {PachcaSandbox} sandbox
 */
async function liveSteps(steps, server, sandbox) {
	const base = String(server.env.WEBHOOK_URL).replace(/\/+$/, '');
	const urlOf = (/** @type {{ webhookId: string }} */ w) => `${base}/webhook/${w.webhookId}/webhook`;
	const rest = new N8nRest(`http://127.0.0.1:${server.port}`);

	await steps.step('start n8n (example 3 published)', async () => console.log(`    ready in ${await server.start()}`), {
		required: true,
	});
	await steps.step(
		"example 3 active: the trigger wrote its production URL into the sandbox bot's outgoing_url",
		async () => {
			await waitFor(
				`outgoing_url = ${urlOf(ECHO)} (now "${sandbox.botWebhookUrl}")`,
				() => sandbox.botWebhookUrl === urlOf(ECHO),
				{ timeoutMs: 90000 },
			);
		},
		{ required: true },
	);
	await steps.step(
		'owner account set up through the REST API',
		async () => {
			expect((await rest.ensureOwner(OWNER)) === 'created', 'the owner already existed in a fresh user folder');
		},
		{ required: true },
	);
	await steps.step(
		'a person writes "/echo hi": signed delivery accepted, the bot replies "hi" in the thread',
		async () => {
			const reply = await echo(sandbox, 'hi');
			expect(reply.content === 'hi', `the reply is "${reply.content}", expected "hi"`);
			const delivered = sandbox.dispatcher.deliveries.filter((d) => d.event === 'message_new' && d.url === urlOf(ECHO));
			expect(
				delivered.length > 0 && delivered.every((d) => d.status === 200),
				`deliveries to n8n: ${JSON.stringify(delivered)}`,
			);
		},
	);
	await steps.step('forged deliveries (wrong signature, none, replayed) get 401 and start no execution', async () => {
		const before = await settledExecutionCount(rest, ECHO.id);
		const payload = messagePayload(99999, '/echo forged');
		const forged = [
			['wrong signature', buildDelivery(payload, { secret: 'not-the-secret' })],
			['no signature', buildDelivery(payload, {})],
			[
				'replayed an hour later',
				buildDelivery(payload, { secret: sandbox.signingSecret, timestamp: Math.floor(Date.now() / 1000) - 3600 }),
			],
		];
		for (const [what, delivery] of /** @type {Array<[string, { body: string, headers: Record<string, string> }]>} */ (
			forged
		)) {
			const answer = await post(urlOf(ECHO), delivery.body, delivery.headers);
			expect(
				answer.status === 401,
				`${what}: n8n answered ${answer.status} ${JSON.stringify(answer.json)}, expected 401`,
			);
		}
		// One genuine delivery after them: exactly one execution more means the forged ones started none.
		await echo(sandbox, 'after forgeries');
		await waitFor('the genuine delivery to be counted', async () => (await executionCount(rest, ECHO.id)) > before);
		const after = await settledExecutionCount(rest, ECHO.id);
		expect(
			after === before + 1,
			`executions went from ${before} to ${after}; expected exactly one more (the genuine delivery)`,
		);
	});
	await fuzzSteps(steps, server, {
		url: urlOf(ECHO),
		secret: sandbox.signingSecret,
		executions: async () => await executionCount(rest, ECHO.id),
	});
	await steps.step("example 3 deactivated (REST): the bot's outgoing_url is cleared", async () => {
		await rest.ok('POST', `/rest/workflows/${ECHO.id}/deactivate`, {});
		await waitFor(`an empty outgoing_url (now "${sandbox.botWebhookUrl}")`, () => sandbox.botWebhookUrl === '', {
			timeoutMs: 30000,
		});
	});
	await approvalSteps(steps, rest, sandbox, urlOf(APPROVAL));
}

/**
 * Example 4 through the REST API and the sandbox: activate, press Approve, the form opens (within
 * trigger_id's 3 seconds), submit it, the message shows the decision; deactivate.
 * @param {import('./runner').Steps} steps @param {N8nRest} rest @param {PachcaSandbox} sandbox @param {string} url
 */
async function approvalSteps(steps, rest, sandbox, url) {
	await steps.step('example 4 activated (REST): its trigger registers its URL', async () => {
		const workflow = await rest.ok('GET', `/rest/workflows/${APPROVAL.id}`);
		await rest.ok('POST', `/rest/workflows/${APPROVAL.id}/activate`, { versionId: workflow.versionId });
		await waitFor(`outgoing_url = ${url} (now "${sandbox.botWebhookUrl}")`, () => sandbox.botWebhookUrl === url, {
			timeoutMs: 30000,
		});
	});
	await steps.step(
		'example 4: Approve pressed → form opened in time → submitted → message shows the decision',
		async () => {
			const asked = await post(
				`${sandbox.baseUrl}/messages`,
				{
					message: {
						entity_type: 'discussion',
						entity_id: 101,
						content: 'Deploy release 2.4?',
						buttons: [
							[
								{ text: 'Approve', data: 'approve' },
								{ text: 'Reject', data: 'reject' },
							],
						],
					},
				},
				{ authorization: `Bearer ${sandbox.fake.tokens.bot}` },
			);
			expect(asked.status === 201, `the bot could not post the question: ${JSON.stringify(asked.json)}`);
			const views = sandbox.fake.state.views.length;
			const pressed = await post(`${sandbox.url}/_sandbox/press`, { message_id: asked.json.data.id, data: 'approve' });
			expect(
				pressed.status === 200 && pressed.json.delivery.status === 200,
				`the click was not accepted: ${JSON.stringify(pressed.json)}`,
			);
			const view = await waitFor('the comment form to open (POST /views/open)', () => sandbox.fake.state.views[views], {
				timeoutMs: 30000,
			});
			expect(view.request.callback_id === 'approval', `unexpected form: ${JSON.stringify(view.request)}`);
			const submitted = await post(`${sandbox.url}/_sandbox/submit`, { values: { comment: 'ship it' } });
			expect(
				submitted.status === 200 && submitted.json.delivery.status === 200,
				`the form submit was not accepted: ${JSON.stringify(submitted.json)}`,
			);
			const message = sandbox.fake.state.messages.get(asked.json.data.id);
			await waitFor(
				`the message to show the decision (now "${message.content}")`,
				() => /approved by <@4>: ship it/.test(message.content),
				{ timeoutMs: 60000 },
			);
			expect(!message.buttons, `the buttons were not removed: ${JSON.stringify(message.buttons)}`);
		},
	);
	await steps.step("example 4 deactivated (REST): the bot's outgoing_url is cleared", async () => {
		await rest.ok('POST', `/rest/workflows/${APPROVAL.id}/deactivate`, {});
		await waitFor(`an empty outgoing_url (now "${sandbox.botWebhookUrl}")`, () => sandbox.botWebhookUrl === '', {
			timeoutMs: 30000,
		});
	});
}

module.exports = { liveSteps, OWNER };
