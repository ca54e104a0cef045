// @ts-check
'use strict';
// Outgoing webhooks as Pachca sends them: each event a bot subscribes to (events.js hands it
// over through `state.onWebhook`) is POSTed, signed (sign.js), to the bot's `outgoing_url`.
// Messages follow the bot's trigger_on / commands setting; button clicks and form submits go
// only to the bot whose message or form it was (`sendTo`). Used by the sandbox, not by unit tests.

const { deliver } = require('./sign');

const DELIVERY_TIMEOUT_MS = 10000;
const KEEP = 200;

/**
 * @typedef {{ at: string, bot_id: number, url: string, event: string, status: number|null,
 *   response: string, error?: string }} DeliveryRecord
 */

/** Whether a bot's message settings let this message through. @param {any} webhook @param {any} payload */
function messageWanted(webhook, payload) {
	if (webhook.trigger_on === 'unfurl') return false;
	if (webhook.trigger_on !== 'commands') return true;
	const first = String(payload.content || '')
		.trim()
		.split(/\s+/)[0]
		.toLowerCase();
	return (webhook.commands || []).some((/** @type {string} */ c) => c.toLowerCase() === first);
}

class WebhookDispatcher {
	/**
	 * @param {import('./server').FakePachca} fake
	 * @param {{ secret: string, log?: (line: string) => void }} options
	 */
	constructor(fake, options) {
		this.fake = fake;
		this.secret = options.secret;
		this.log = options.log || (() => {});
		/** @type {DeliveryRecord[]} */
		this.deliveries = [];
		/** @type {Set<Promise<unknown>>} */
		this.pending = new Set();
	}

	/** Starts delivering the fake's events. */
	attach() {
		this.fake.state.onWebhook = (bot, eventName, payload) => {
			const w = bot.webhook || {};
			if (!w.outgoing_url) return;
			if (eventName === 'message_new' && !messageWanted(w, payload)) return;
			// After the API call that caused it has answered, as Pachca does.
			const job = new Promise((resolve) => setImmediate(resolve)).then(() =>
				this.sendTo(bot, eventName, /** @type {Record<string, unknown>} */ (payload)),
			);
			this.pending.add(job);
			job.finally(() => this.pending.delete(job));
		};
		return this;
	}

	detach() {
		this.fake.state.onWebhook = null;
	}

	/**
	 * Signs and POSTs one payload to the bot's outgoing_url; never throws.
	 * @param {any} bot @param {string} eventName @param {Record<string, unknown>} payload
	 * @returns {Promise<DeliveryRecord>}
	 */
	async sendTo(bot, eventName, payload) {
		const url = (bot.webhook || {}).outgoing_url;
		/** @type {DeliveryRecord} */
		const record = {
			at: new Date().toISOString(),
			bot_id: bot.id,
			url: url || '',
			event: eventName,
			status: null,
			response: '',
		};
		if (!url) record.error = 'the bot has no outgoing_url';
		else {
			try {
				const sent = deliver(url, payload, { secret: this.secret });
				const timeout = new Promise((_, reject) =>
					setTimeout(() => reject(new Error(`no answer in ${DELIVERY_TIMEOUT_MS} ms`)), DELIVERY_TIMEOUT_MS).unref(),
				);
				const answer = /** @type {{ status: number, text: string }} */ (await Promise.race([sent, timeout]));
				record.status = answer.status;
				record.response = answer.text.slice(0, 500);
			} catch (error) {
				record.error = String(/** @type {any} */ (error)?.cause?.code || /** @type {any} */ (error)?.message || error);
			}
		}
		this.deliveries.push(record);
		if (this.deliveries.length > KEEP) this.deliveries.shift();
		this.log(`webhook ${eventName} → bot ${bot.id} ${record.url || '(no URL)'}: ${record.status ?? record.error}`);
		return record;
	}

	/** Waits (bounded) for deliveries in flight, e.g. before stopping. @param {number} [maxMs] */
	async settle(maxMs = DELIVERY_TIMEOUT_MS) {
		const all = Promise.allSettled([...this.pending]);
		await Promise.race([all, new Promise((resolve) => setTimeout(resolve, maxMs).unref())]);
	}
}

module.exports = { WebhookDispatcher, messageWanted };
