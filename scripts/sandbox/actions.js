// @ts-check
'use strict';
// What a person does in the sandbox: post a message or react (through the sandbox's own Pachca
// API with that person's token, so the same checks and webhooks apply), press a data button in
// a bot's message, submit a form a bot opened. Data button clicks and form submits are delivered
// straight to the bot they belong to and answer with that delivery's outcome; a URL button is
// followed as a browser would (press.js).

const { defaultValues } = require('./form-values');
const { ActionError, DEFAULT_USER, DEFAULT_CHAT, latestMessage } = require('./action-base');
const { press } = require('./press');

/** @typedef {import('./server').PachcaSandbox} PachcaSandbox */

/**
 * The acting user's token: owner and admin use theirs, everyone else gets a user token.
 * @param {PachcaSandbox} sb
 * @param {number} userId
 */
function tokenFor(sb, userId) {
	const { state, tokens } = sb.fake;
	const user = state.users.get(userId);
	if (!user || user.bot)
		throw new ActionError(404, `No person with user id ${userId} in the sandbox (see: npm run sandbox -- users).`);
	for (const [token, rec] of state.tokens)
		if (rec.user_id === userId && rec.role !== 'bot' && [tokens.owner, tokens.admin].includes(token)) return token;
	const token = `sandbox-user-${userId}`;
	if (!state.tokens.has(token)) state.addToken(token, { role: 'user', user_id: userId, name: 'Sandbox user token' });
	return token;
}

/** @param {PachcaSandbox} sb @param {number} userId @param {string} method @param {string} path @param {any} [body] */
async function api(sb, userId, method, path, body) {
	const response = await fetch(sb.fake.baseUrl + path, {
		method,
		headers: { authorization: `Bearer ${tokenFor(sb, userId)}`, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	const json = text ? JSON.parse(text) : {};
	if (!response.ok) throw new ActionError(response.status, `Pachca sandbox answered ${response.status}: ${text}`);
	return json;
}

/** @param {PachcaSandbox} sb @param {{ text?: string, chat_id?: number, user_id?: number, parent_message_id?: number }} input */
async function say(sb, input) {
	const text = String(input.text ?? '').trim();
	if (!text) throw new ActionError(400, 'Nothing to say: give the message text, e.g. say "/echo hi".');
	const message = {
		entity_type: 'discussion',
		entity_id: input.chat_id ?? DEFAULT_CHAT,
		content: text,
		parent_message_id: input.parent_message_id,
	};
	const out = await api(sb, input.user_id ?? DEFAULT_USER, 'POST', '/messages', { message });
	return out.data;
}

/** @param {PachcaSandbox} sb @param {{ message_id?: number, code?: string, user_id?: number }} input */
async function react(sb, input) {
	const messageId = input.message_id ?? latestMessage(sb, () => true)?.id;
	if (!messageId) throw new ActionError(404, 'No message to react to.');
	await api(sb, input.user_id ?? DEFAULT_USER, 'POST', `/messages/${messageId}/reactions`, {
		code: input.code || '👍',
	});
	return { message_id: messageId, code: input.code || '👍' };
}

/** @param {PachcaSandbox} sb @param {{ values?: Record<string, unknown>, user_id?: number }} input */
async function submit(sb, input) {
	const { state } = sb.fake;
	const index = state.views
		.map((v, i) => ({ v, i }))
		.reverse()
		.find(({ i }) => !sb.submittedViews.has(i));
	if (!index) throw new ActionError(404, 'No open form: a bot opens one with POST /views/open after a button click.');
	const { v: view, i } = index;
	const request = view.request || {};
	const data = { ...defaultValues(request.view?.blocks || []), ...(input.values || {}) };
	const payload = {
		type: 'view',
		event: 'submit',
		callback_id: request.callback_id ?? null,
		private_metadata: request.private_metadata ?? null,
		chat_id: sb.triggerChats.get(view.trigger_id) ?? null,
		user_id: input.user_id ?? DEFAULT_USER,
		data,
	};
	const bot = state.bots.get(view.bot_id);
	if (!bot) throw new ActionError(409, `The bot that opened the form (${view.bot_id}) no longer exists.`);
	const delivery = await sb.dispatcher.sendTo(bot, 'view_submit', payload);
	// 200 closes the form; 400 with errors keeps it open (Pachca shows them), so it can be sent again.
	if (delivery.status !== null && delivery.status < 300) sb.submittedViews.add(i);
	return { title: request.view?.title, callback_id: payload.callback_id, data, delivery };
}

module.exports = { say, react, press, submit, ActionError, DEFAULT_USER, DEFAULT_CHAT };
