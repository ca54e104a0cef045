// @ts-check
'use strict';
// Sandbox-only HTTP routes (never under Pachca's /api/shared/v1): read what is in the workspace,
// act as a person, see the webhook deliveries. JSON in and out; the page at / posts forms to the
// same actions under /_sandbox/ui/… and is redirected back.

const { readBody, send } = require('../../test/fake-pachca/http-io');
const actions = require('./actions');
const { pageVersion, renderPage } = require('./page');
const { chatList, messagesOf, summary, userList } = require('./views');

/** @typedef {import('./server').PachcaSandbox} PachcaSandbox */

/** Numbers arrive as strings from forms and the CLI. @param {Record<string, any>} body */
function normalise(body) {
	/** @type {Record<string, any>} */
	const out = { ...body };
	for (const key of ['chat_id', 'user_id', 'message_id', 'parent_message_id']) {
		if (out[key] === '' || out[key] === undefined || out[key] === null) delete out[key];
		else out[key] = Number(out[key]);
	}
	if (typeof out.values === 'string') out.values = out.values.trim() ? JSON.parse(out.values) : {};
	return out;
}

/** @param {Buffer} raw @param {string|undefined} type */
function parseInput(raw, type) {
	const text = raw.toString('utf8');
	if (!text.trim()) return {};
	if ((type || '').includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
	return JSON.parse(text);
}

/** @type {Record<string, (sb: PachcaSandbox, input: any) => Promise<any>>} */
const ACTIONS = { say: actions.say, react: actions.react, press: actions.press, submit: actions.submit };

/**
 * Handles the request when it is a sandbox route; returns false to let the Pachca API have it.
 * @param {PachcaSandbox} sb
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
async function handleControl(sb, req, res) {
	const url = new URL(req.url || '/', sb.url);
	const method = (req.method || 'GET').toUpperCase();
	const path = url.pathname.replace(/\/+$/, '') || '/';
	if (method === 'GET' && path === '/') {
		send(res, 200, renderPage(sb, url.searchParams), { 'content-type': 'text/html; charset=utf-8' });
		return true;
	}
	if (!path.startsWith('/_sandbox')) return false;
	try {
		if (method === 'GET' && path === '/_sandbox/ui/version') {
			send(res, 200, { version: pageVersion(sb, url.searchParams) });
			return true;
		}
		if (method === 'GET') {
			const chatId = Number(url.searchParams.get('chat_id') || actions.DEFAULT_CHAT);
			const limit = Number(url.searchParams.get('limit') || 20);
			/** @type {Record<string, () => any>} */
			const reads = {
				'/_sandbox': () => summary(sb),
				'/_sandbox/chats': () => chatList(sb),
				'/_sandbox/users': () => userList(sb),
				'/_sandbox/messages': () => messagesOf(sb, chatId, limit),
				'/_sandbox/deliveries': () => sb.dispatcher.deliveries.slice(-limit),
			};
			if (!reads[path]) return notFound(res, method, path);
			send(res, 200, reads[path]());
			return true;
		}
		const fromPage = path.startsWith('/_sandbox/ui/');
		const name = path.replace(fromPage ? '/_sandbox/ui/' : '/_sandbox/', '');
		if (method !== 'POST' || !ACTIONS[name]) return notFound(res, method, path);
		const input = normalise(parseInput(await readBody(req), req.headers['content-type']));
		const result = await ACTIONS[name](sb, input);
		if (fromPage) send(res, 303, undefined, { location: `/?chat_id=${input.chat_id ?? result?.chat_id ?? ''}` });
		else send(res, 200, result);
	} catch (error) {
		const status = error instanceof actions.ActionError ? error.status : error instanceof SyntaxError ? 400 : 500;
		send(res, status, { error: String(error.message) });
	}
	return true;
}

/** @param {import('node:http').ServerResponse} res @param {string} method @param {string} path */
function notFound(res, method, path) {
	send(res, 404, {
		error: `No sandbox route ${method} ${path}. Try GET /_sandbox, /_sandbox/chats, /_sandbox/messages?chat_id=101, POST /_sandbox/say.`,
	});
	return true;
}

module.exports = { handleControl };
