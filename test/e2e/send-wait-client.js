// @ts-check
'use strict';
// What the Send and Wait end-to-end steps do to a running n8n and sandbox: create and activate
// the workflows (REST), start one with a question (its production webhook), open links as a
// browser or a crawler would, and read outcomes from the sandbox and executions from n8n.

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

/**
 * @param {SendWaitTarget} target
 * @param {ReadonlyArray<import('./send-wait-workflows').Kind>} kinds the workflows to create
 */
async function sendWaitClient({ rest, webhookBase, sandbox, prefix = 'pachcaSendWait' }, kinds) {
	const { fake } = sandbox;
	const messages = () => [...fake.state.messages.values()].filter((m) => m.chat_id === GENERAL && !m.deleted_at);
	/** @type {Record<string, string>} */
	const ids = {};
	let asked = 0;
	/** Starts the workflow with a new question; resolves with the question's message once its buttons are on. */
	const ask = async (/** @type {import('./send-wait-workflows').Kind} */ kind) => {
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
		// The buttons are on before n8n has saved the execution as waiting; a click in between gets 409.
		await waitFor('the execution to be waiting', async () => {
			const filter = encodeURIComponent(JSON.stringify({ workflowId: ids[kind] }));
			const { results = [] } = await rest.ok('GET', `/rest/executions?filter=${filter}`);
			return results.some((/** @type {{ status: string }} */ e) => e.status === 'waiting');
		});
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

	for (const kind of kinds) ids[kind] = await createActive(rest, sendWaitWorkflow(kind, prefix));
	return { fake, messages, ask, outcome, lastExecution, settle };
}

module.exports = { sendWaitClient, createActive, visit, BROWSER };
