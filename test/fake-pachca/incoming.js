// @ts-check
'use strict';
// A bot's incoming webhook: POST <origin>/webhooks/<id> (outside the API prefix, no token: the
// URL is the secret). The body is rendered through the bot's template into one message from the
// bot in every group chat it is in. Each webhook takes about 10 requests per second
// (guides/api-limits: counted per id in the path); more gets 429 with Retry-After. When the
// bot has a challenge_key and the body holds that field, the value is echoed back and nothing
// is posted (the verification some services do before they send events).
//
// The fake's template engine knows `{{ name }}`, `{{ a.b }}` and `{{{ name }}}` (Liquid and
// Mustache alike); a bot without a template posts the body as JSON.

const crypto = require('node:crypto');
const { emitWebhook, audit } = require('./events');
const { webhookPayload } = require('./routes/message-body');

const PATH = /^\/webhooks\/([\w-]+)\/?$/;
const PER_SECOND = 10;

/** The webhook id of a bot: stable across runs, not guessable from the bot id alone. @param {number} botId */
function incomingWebhookId(botId) {
	return `${botId}-${crypto.createHash('sha256').update(`fake-pachca incoming webhook ${botId}`).digest('hex').slice(0, 24)}`;
}

/** @param {any} body @param {string} path */
function lookup(body, path) {
	return path
		.split('.')
		.reduce((value, key) => (value !== null && typeof value === 'object' ? value[key] : undefined), body);
}

/** @param {string} template @param {any} body */
function render(template, body) {
	return template.replace(/\{\{\{?\s*([\w.]+)\s*\}?\}\}/g, (_, path) => {
		const value = lookup(body, path);
		if (value === undefined || value === null) return '';
		return typeof value === 'object' ? JSON.stringify(value) : String(value);
	});
}

/** @param {number} status @param {string} key @param {string} message @param {Record<string, string>} [headers] */
const refuse = (status, key, message, headers) => ({
	status,
	body: { errors: [{ key, value: null, message, code: key, payload: null }] },
	headers,
});

class IncomingWebhooks {
	constructor() {
		/** webhook id → { level, at } @type {Map<string, { level: number, at: number }>} */
		this.buckets = new Map();
	}

	/** One request against the webhook's bucket; the wait in ms when it is empty. @param {string} id @param {number} now */
	take(id, now) {
		const bucket = this.buckets.get(id) || { level: PER_SECOND, at: now };
		bucket.level = Math.min(PER_SECOND, bucket.level + ((now - bucket.at) / 1000) * PER_SECOND);
		bucket.at = now;
		this.buckets.set(id, bucket);
		if (bucket.level < 1) return ((1 - bucket.level) / PER_SECOND) * 1000;
		bucket.level -= 1;
		return 0;
	}

	/**
	 * Answers a request to /webhooks/<id>, or null when the path is not an incoming webhook.
	 * @param {import('./server').FakePachca} fake @param {string} method @param {string} path @param {any} body
	 * @returns {import('./reply').Reply | null}
	 */
	handle(fake, method, path, body) {
		const match = PATH.exec(path);
		if (!match) return null;
		const state = fake.state;
		const bot = [...state.bots.values()].find((b) => incomingWebhookId(b.id) === match[1]);
		if (method !== 'POST') return refuse(405, 'method', 'Send a POST request');
		if (!bot) return refuse(404, 'webhook', 'Webhook not found');
		const waitMs = this.take(match[1], Date.now());
		if (waitMs > 0)
			return refuse(429, 'rate_limit', 'Too many requests', {
				'retry-after': String(Math.max(1, Math.ceil(waitMs / 1000))),
			});
		if (body === null || typeof body !== 'object' || Array.isArray(body))
			return refuse(400, 'body', 'Send a JSON object');
		const w = bot.webhook;
		if (w.challenge_key && body[w.challenge_key] !== undefined)
			return { status: 200, body: { [w.challenge_key]: body[w.challenge_key] } };
		const content = w.template ? render(w.template, body) : JSON.stringify(body);
		if (content.trim() === '') return refuse(422, 'content', 'The template gave an empty message');
		const chats = [...state.chats.values()].filter(
			(c) => !c.personal && !c.thread_id && !c.archived && state.isMember(c.id, bot.id),
		);
		const ctx = { state, env: { state, origin: fake.origin } };
		for (const chat of chats) {
			const m = state.addMessage({ chat_id: chat.id, user_id: bot.id, content });
			emitWebhook(state, 'message_new', chat.id, webhookPayload(ctx, m, 'new'), bot.id);
			audit(state, 'message_created', 'Message', m.id, bot.id);
		}
		return { status: 200, body: { ok: true } };
	}
}

module.exports = { IncomingWebhooks, incomingWebhookId, render };
