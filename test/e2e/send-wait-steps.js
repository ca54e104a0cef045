// @ts-check
'use strict';
// Message → Send and Wait for Response in real n8n on its server: the question arrives with URL
// buttons; a crawler's GET and a forged link leave the execution waiting; a person's click
// resumes it (approved true / false); a second click runs nothing more; the message is edited;
// Free Text and Custom Form answers come through their page; the wait limit ends it. The steps
// take the running n8n and sandbox as arguments, so any n8n version's run can call them.

const { request } = require('undici');
const { waitFor, expect } = require('./runner');
const { sendWaitWorkflow, GENERAL } = require('./send-wait-workflows');

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

/** @param {string} url @param {{ method?: 'GET'|'POST', userAgent?: string, form?: Record<string, string>, json?: unknown }} [options] */
async function visit(url, { method = 'GET', userAgent = BROWSER, form, json } = {}) {
	/** @type {Record<string, string>} */
	const headers = userAgent ? { 'user-agent': userAgent } : {};
	/** @type {string | undefined} */
	let body;
	// As a browser posts the page's form (enctype multipart/form-data, which n8n requires for a Custom Form).
	if (form) {
		const boundary = `----pachcaE2e${Date.now()}`;
		headers['content-type'] = `multipart/form-data; boundary=${boundary}`;
		const parts = Object.entries(form).map(
			([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
		);
		body = `${parts.join('')}--${boundary}--\r\n`;
	}
	if (json) [headers['content-type'], body] = ['application/json', JSON.stringify(json)];
	const response = await request(url, { method, headers, body, headersTimeout: 30000, bodyTimeout: 30000 });
	return { status: response.statusCode, text: await response.body.text() };
}

/**
 * @typedef {{ rest: import('../../scripts/n8n/rest').N8nRest, webhookBase: string,
 *   sandbox: import('../../scripts/sandbox/server').PachcaSandbox, prefix?: string }} SendWaitTarget
 *   rest: logged in as the owner; webhookBase: n8n's WEBHOOK_URL without the trailing slash
 */

/** Creates the workflow through the REST API and activates it (n8n 2.x: /activate; 1.x: PATCH active). */
async function createActive(/** @type {SendWaitTarget['rest']} */ rest, /** @type {any} */ workflow) {
	const { path: _path, ...body } = workflow;
	const created = await rest.ok('POST', '/rest/workflows', { ...body, active: false });
	const activated = await rest.call('POST', `/rest/workflows/${created.id}/activate`, { versionId: created.versionId });
	if (activated.status === 404)
		await rest.ok('PATCH', `/rest/workflows/${created.id}`, { active: true, versionId: created.versionId });
	else if (activated.status >= 300)
		throw new Error(`activate answered ${activated.status}: ${JSON.stringify(activated.json)}`);
	return created.id;
}

/** @param {import('./runner').Steps} steps @param {SendWaitTarget} target */
async function sendWaitSteps(steps, { rest, webhookBase, sandbox, prefix = 'pachcaSendWait' }) {
	const { fake } = sandbox;
	const messages = () => [...fake.state.messages.values()].filter((m) => m.chat_id === GENERAL && !m.deleted_at);
	/** @type {Record<string, string>} */
	const ids = {};
	const kinds = /** @type {const} */ (['approval', 'freeText', 'customForm', 'limit']);
	let asked = 0;
	/** Starts the workflow with a new question; resolves with the question's message once its buttons are on. */
	const ask = async (/** @type {typeof kinds[number]} */ kind) => {
		const question = `Question ${++asked} (${kind}) ${Date.now()}?`;
		// A just-activated workflow's webhook may take a moment to be registered.
		const started = await waitFor(
			`the webhook of ${kind}`,
			async () => {
				const answer = await visit(`${webhookBase}/webhook/${prefix}-${kind}`, { method: 'POST', json: { question } });
				return answer.status === 404 ? null : answer;
			},
			{ timeoutMs: 20000, everyMs: 500 },
		);
		expect(started.status === 200, `the webhook answered ${started.status}: ${started.text.slice(0, 200)}`);
		const message = await waitFor(`the question "${question}" with its buttons`, () =>
			messages().find((m) => m.content.startsWith(question) && m.buttons),
		);
		return { question, message };
	};
	const outcome = (/** @type {string} */ question) =>
		messages().find((m) => m.content.startsWith(`Outcome of ${question}: `));
	const lastExecution = async (/** @type {string} */ kind) => {
		const filter = encodeURIComponent(JSON.stringify({ workflowId: ids[kind] }));
		const list = await rest.ok('GET', `/rest/executions?filter=${filter}`);
		return (list.results ?? [])[0];
	};
	const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

	await steps.step('Send and Wait: four workflows created and activated (REST)', async () => {
		for (const kind of kinds) ids[kind] = await createActive(rest, sendWaitWorkflow(kind, prefix));
	});
	/** @type {{ question: string, message: any } | undefined} */
	let expiring;
	await steps.step(
		'Send and Wait (limit 6 s): the question is posted; the wait limit is checked at the end',
		async () => {
			expiring = await ask('limit');
			expect(/⏳ Answer by /.test(expiring.message.content), `no deadline in "${expiring.message.content}"`);
		},
	);
	/** @type {{ question: string, message: any } | undefined} */
	let approval;
	await steps.step('Send and Wait: the question arrives with Approve and Decline URL buttons to n8n', async () => {
		approval = await ask('approval');
		const [[approve, decline]] = approval.message.buttons;
		expect(
			approve.text === '✅ Approve' && decline.text === '❌ Decline',
			`buttons: ${JSON.stringify(approval.message.buttons)}`,
		);
		for (const button of [approve, decline])
			expect(button.url.startsWith(`${webhookBase}/webhook-waiting/`), `button link ${button.url}`);
		const execution = await lastExecution('approval');
		expect(execution?.status === 'waiting', `execution is ${execution?.status}, expected waiting`);
	});
	await steps.step("Send and Wait: a crawler's GET and forged links leave the execution waiting", async () => {
		if (!approval) throw new Error('no question');
		const [[approve, decline]] = approval.message.buttons;
		for (const userAgent of ['', 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)', 'curl/8.5.0'])
			expect((await visit(approve.url, { userAgent })).status === 200, 'a crawler got an error page');
		const forged = new URL(decline.url);
		forged.searchParams.set('approved', 'true');
		const unsigned = new URL(approve.url);
		unsigned.searchParams.delete('signature');
		for (const url of [forged, unsigned]) {
			const answer = await visit(url.toString());
			expect(answer.status === 401, `a forged link got ${answer.status}, expected 401`);
		}
		await settle();
		const execution = await lastExecution('approval');
		expect(execution?.status === 'waiting', `execution is ${execution?.status} after crawler/forged requests`);
		expect(!outcome(approval.question), 'the workflow went on after a crawler or a forged link');
	});
	await steps.step(
		'Send and Wait: a person clicks Approve → approved: true, message edited; a second click runs nothing',
		async () => {
			if (!approval) throw new Error('no question');
			const [[approve, decline]] = approval.message.buttons;
			const click = await visit(approve.url);
			expect(click.status === 200 && click.text.includes('✅ Approved'), `click answered ${click.status}`);
			const reported = await waitFor('the outcome message', () => outcome(approval?.question ?? ''));
			expect(/"approved":true/.test(reported.content), `outcome: ${reported.content}`);
			const edited = fake.state.messages.get(approval.message.id);
			expect(!edited.buttons && edited.content.endsWith('\n\n✅ Approved'), `message now: ${JSON.stringify(edited)}`);
			const again = await visit(decline.url);
			expect(again.status < 500, `a second click answered ${again.status}`);
			await settle();
			const reports = messages().filter((m) => m.content.startsWith(`Outcome of ${approval?.question}: `));
			expect(reports.length === 1, `${reports.length} outcome messages after the second click`);
			expect((await lastExecution('approval'))?.status === 'success', 'the execution did not end in success');
		},
	);
	await steps.step('Send and Wait: Decline gives approved: false', async () => {
		const { question, message } = await ask('approval');
		await visit(message.buttons[0][1].url);
		const reported = await waitFor('the outcome message', () => outcome(question));
		expect(/"approved":false/.test(reported.content), `outcome: ${reported.content}`);
		expect(fake.state.messages.get(message.id).content.endsWith('❌ Declined'), 'message not marked declined');
	});
	await steps.step('Send and Wait: Free Text — the page opens, the answer comes through as data.text', async () => {
		const { question, message } = await ask('freeText');
		const url = message.buttons[0][0].url;
		const page = await visit(url);
		expect(
			page.status === 200 && page.text.includes('name="field-0"'),
			`form page: ${page.status} ${page.text.slice(0, 200)}`,
		);
		expect(!page.text.includes(fake.tokens.bot) && !page.text.includes(sandbox.signingSecret), 'a secret on the page');
		await visit(url, { method: 'POST', form: { 'field-0': 'Ship it on Friday' } });
		const reported = await waitFor('the outcome message', () => outcome(question));
		expect(/"text":"Ship it on Friday"/.test(reported.content), `outcome: ${reported.content}`);
	});
	await steps.step('Send and Wait: Custom Form — the fields come through under their labels', async () => {
		const { question, message } = await ask('customForm');
		const url = message.buttons[0][0].url;
		await visit(url, { method: 'POST', form: { 'field-0': 'Anna', 'field-1': '3' } });
		const reported = await waitFor('the outcome message', () => outcome(question));
		expect(/"Name":"Anna","Copies":3/.test(reported.content), `outcome: ${reported.content}`);
	});
	await steps.step('Send and Wait: the wait limit ends the execution; a click after it runs nothing', async () => {
		if (!expiring) throw new Error('no question');
		const question = expiring.question;
		// n8n's wait tracker looks for due executions once a minute.
		const reported = await waitFor('the outcome after the limit', () => outcome(question), {
			timeoutMs: 150000,
			everyMs: 1000,
		});
		expect(reported.content.endsWith(': "expired"'), `outcome: ${reported.content}`);
		const late = await visit(expiring.message.buttons[0][0].url);
		expect(late.status < 500, `a late click answered ${late.status}`);
		await settle();
		expect(
			messages().filter((m) => m.content.startsWith(`Outcome of ${question}: `)).length === 1,
			'a late click ran it again',
		);
	});
}

module.exports = { sendWaitSteps };
