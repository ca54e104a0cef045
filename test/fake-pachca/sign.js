// @ts-check
'use strict';
// Outgoing webhook deliveries as Pachca sends them: the JSON body stamped with
// `webhook_timestamp` (UNIX seconds) and a `Pachca-Signature` header holding the hex
// HMAC-SHA256 of the exact body bytes under the bot's signing secret. Used by the trigger
// tests and by the sandbox to send signed webhooks to a running n8n.
//
//   const { deliver } = require('./test/fake-pachca/sign');
//   await deliver(webhookUrl, { type: 'message', event: 'new', ... }, { secret });

const crypto = require('node:crypto');

/** Pachca's documented sender address (for allow-list examples). */
const PACHCA_IP = '37.200.70.177';

/** @param {string|Buffer} body @param {string} secret */
function signBody(body, secret) {
	return crypto.createHmac('sha256', secret).update(body).digest('hex');
}

/**
 * @typedef {object} DeliveryOptions
 * @property {string} [secret]  signing secret; no signature header without it
 * @property {number} [timestamp]  webhook_timestamp to stamp, in UNIX seconds (default: now)
 * @property {Record<string, string>} [headers]  extra headers (e.g. x-forwarded-for)
 */

/**
 * The body text and headers of one delivery.
 * @param {Record<string, unknown>} payload
 * @param {DeliveryOptions} [options]
 */
function buildDelivery(payload, { secret, timestamp, headers = {} } = {}) {
	const stamped = { ...payload, webhook_timestamp: timestamp ?? Math.floor(Date.now() / 1000) };
	const body = JSON.stringify(stamped);
	/** @type {Record<string, string>} */
	const all = { 'content-type': 'application/json', 'user-agent': 'Faraday v2.12.2', ...headers };
	if (secret) all['pachca-signature'] = signBody(body, secret);
	return { body, headers: all };
}

/**
 * POSTs a body to a webhook URL; resolves to the HTTP status and the response text.
 * @param {string} url
 * @param {string|Buffer} body
 * @param {Record<string, string>} headers
 */
async function post(url, body, headers) {
	const response = await fetch(url, { method: 'POST', body, headers });
	return { status: response.status, text: await response.text() };
}

/**
 * Signs and sends one delivery.
 * @param {string} url
 * @param {Record<string, unknown>} payload
 * @param {DeliveryOptions} [options]
 */
async function deliver(url, payload, options) {
	const { body, headers } = buildDelivery(payload, options);
	return await post(url, body, headers);
}

module.exports = { PACHCA_IP, signBody, buildDelivery, post, deliver };
