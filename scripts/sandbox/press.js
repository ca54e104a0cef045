// @ts-check
'use strict';
// Pressing a button of a bot's message. A data button is delivered to the bot that sent the
// message (its outgoing webhook), as Pachca does. A URL button is followed as a person's browser
// follows it: a GET with a browser's user agent (loopback links only); when the page it opens is
// a form, `values` (by field label) are posted back to it as the browser would post them.

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

const { ActionError, DEFAULT_USER, latestMessage } = require('./action-base');

/** @typedef {import('./server').PachcaSandbox} PachcaSandbox */

/** @param {string} message */
const refuse = (message) => new ActionError(400, message);

/** The page's text without tags, shortened: what a person would read first. @param {string} html */
const readable = (html) =>
	html
		.replace(/<style[\s\S]*?<\/style>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 300);

/** The form's fields on a page: `field-N` by its label. @param {string} html */
function formFields(html) {
	/** @type {Record<string, string>} */
	const byLabel = {};
	for (const match of html.matchAll(/<label for="(field-\d+)">([^<]*?)( \*)?<\/label>/g))
		byLabel[match[2].replace(/&amp;/g, '&').trim()] = match[1];
	return byLabel;
}

/** @param {string} url @param {Record<string, unknown>} values @param {Record<string, string>} fields */
async function postForm(url, values, fields) {
	const body = new FormData();
	for (const [label, value] of Object.entries(values)) {
		const name = fields[label] ?? (label.startsWith('field-') ? label : undefined);
		if (!name) throw refuse(`The form has no field "${label}" (fields: ${Object.keys(fields).join(', ')}).`);
		body.append(name, String(value));
	}
	return await fetch(url, { method: 'POST', body, headers: { 'user-agent': BROWSER } });
}

/**
 * Follows a URL button. Only loopback links are followed (the sandbox and the n8n beside it).
 * @param {{ text: string, url: string }} button @param {Record<string, unknown> | undefined} values
 */
async function followLink(button, values) {
	const url = new URL(button.url);
	if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
		throw refuse(`"${button.text}" links to ${url.origin}; the sandbox follows loopback links only.`);
	const opened = await fetch(url, { headers: { 'user-agent': BROWSER }, signal: AbortSignal.timeout(30000) });
	const page = await opened.text();
	const fields = formFields(page);
	const result = { followed: url.origin + url.pathname, status: opened.status, page: readable(page) };
	if (Object.keys(fields).length === 0) return result;
	if (!values || Object.keys(values).length === 0)
		return { ...result, form: Object.keys(fields), hint: `A form: press again with --values '{"<field>": "…"}'.` };
	const sent = await postForm(url.toString(), values, fields);
	return { ...result, submitted: values, status: sent.status, page: readable(await sent.text()) };
}

/** @param {any} m */
const allButtons = (m) => (m.buttons || []).flat().filter((/** @type {any} */ b) => b && (b.data || b.url));

/**
 * @param {PachcaSandbox} sb
 * @param {{ message_id?: number, data?: string, user_id?: number, values?: Record<string, unknown> }} input
 *   data: the button's data or text; values: a URL button's form answers, by field label
 */
async function press(sb, input) {
	const { state } = sb.fake;
	const message = input.message_id
		? state.messages.get(input.message_id)
		: latestMessage(sb, (m) => state.bots.has(m.user_id) && allButtons(m).length > 0);
	if (!message)
		throw new ActionError(
			404,
			input.message_id ? `No message ${input.message_id}.` : 'No bot message with buttons yet.',
		);
	const buttons = allButtons(message);
	const button = input.data
		? buttons.find((/** @type {any} */ b) => b.data === input.data || b.text === input.data)
		: buttons[0];
	if (!button)
		throw new ActionError(
			404,
			`Message ${message.id} has no button ${input.data ? `"${input.data}"` : ''} ` +
				`(buttons: ${buttons.map((/** @type {any} */ b) => b.data || b.text).join(', ') || 'none'}).`,
		);
	if (!button.data)
		return { message_id: message.id, button: { text: button.text }, ...(await followLink(button, input.values)) };
	const bot = state.bots.get(message.user_id);
	if (!bot) throw new ActionError(409, `Message ${message.id} was not sent by a bot, so nobody receives the click.`);
	const triggerId = sb.fake.issueTriggerId();
	sb.triggerChats.set(triggerId, message.chat_id);
	const payload = {
		type: 'button',
		event: 'click',
		message_id: message.id,
		trigger_id: triggerId,
		data: button.data,
		user_id: input.user_id ?? DEFAULT_USER,
		chat_id: message.chat_id,
	};
	const subscribed = (bot.webhook.events || []).includes('button_click');
	const delivery = subscribed
		? await sb.dispatcher.sendTo(bot, 'button_click', payload)
		: { error: `bot ${bot.id} does not subscribe to button_click` };
	return { message_id: message.id, button, trigger_id: triggerId, delivery };
}

module.exports = { press };
