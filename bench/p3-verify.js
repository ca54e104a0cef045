// @ts-check
'use strict';
// P3 trigger verification, in-process: how many Pachca deliveries per second the built verifier
// (dist/nodes/shared/webhookVerify.js) checks — sender address, HMAC-SHA256 signature over the
// raw bytes, JSON, replay window — and µs per delivery. Floor: the HMAC alone, the one step no
// verifier can skip. A tenth of the deliveries are forged and must be refused.

const { createHmac } = require('node:crypto');
const path = require('node:path');
const { performance, seconds, summary } = require('./common');

const DELIVERIES = 20_000;
const SECRET = 'bench-signing-secret';

/** The built verifier (`npm run bench` builds first). @returns {any} */
function loadVerifier() {
	return require(path.resolve(__dirname, '..', 'dist', 'nodes', 'shared', 'webhooks', 'verifyDelivery.js'));
}

/** @param {number} i @param {number} nowSeconds */
function delivery(i, nowSeconds) {
	const payload = {
		type: 'message',
		event: 'new',
		id: 1000 + i,
		entity_type: 'discussion',
		entity_id: 101,
		content: `Message ${i}: ${'text '.repeat(40)}`,
		user_id: 4,
		created_at: new Date(nowSeconds * 1000).toISOString(),
		url: `https://app.pachca.com/chats/101?message=${1000 + i}`,
		chat_id: 101,
		parent_message_id: null,
		thread: null,
		webhook_timestamp: nowSeconds,
	};
	const rawBody = Buffer.from(JSON.stringify(payload));
	const signature = createHmac('sha256', SECRET).update(rawBody).digest('hex');
	const forged = i % 10 === 9;
	return {
		forged,
		rawBody: forged ? Buffer.from(rawBody.toString().replace('Message', 'Massage')) : rawBody,
		signature,
	};
}

async function p3() {
	const verifier = loadVerifier();
	if (typeof verifier.verifyDelivery !== 'function') throw new Error('dist has no verifyDelivery: run npm run build');
	const nowMs = Date.now();
	const deliveries = Array.from({ length: DELIVERIES }, (_, i) => delivery(i, Math.floor(nowMs / 1000)));
	const checks = {
		secret: SECRET,
		windowSeconds: 300,
		allowedIps: [verifier.PACHCA_SENDER_IP],
		trustProxy: false,
		nowMs,
	};
	const verifyAll = () => {
		let wrong = 0;
		for (const d of deliveries) {
			const request = {
				rawBody: d.rawBody,
				headers: { 'pachca-signature': d.signature },
				remoteAddress: verifier.PACHCA_SENDER_IP,
			};
			if (verifier.verifyDelivery(request, checks).ok === d.forged) wrong += 1;
		}
		return wrong;
	};
	const hmacAll = () => {
		for (const d of deliveries) createHmac('sha256', SECRET).update(d.rawBody).digest('hex');
	};
	verifyAll();
	hmacAll();
	let started = performance.now();
	const failed = verifyAll();
	const verifyMs = performance.now() - started;
	started = performance.now();
	hmacAll();
	const hmacMs = performance.now() - started;
	console.log(
		`P3 deliveries: ${DELIVERIES} (${deliveries[0].rawBody.length} bytes each, ${DELIVERIES / 10} forged) in ${seconds(verifyMs)}`,
	);
	console.log(`P3 deliveries verified per second: ${Math.round((DELIVERIES / verifyMs) * 1000)}`);
	console.log(
		`P3 µs per delivery: ${((verifyMs * 1000) / DELIVERIES).toFixed(1)} (HMAC alone: ${((hmacMs * 1000) / DELIVERIES).toFixed(1)})`,
	);
	console.log(summary('P3', { ratio: verifyMs / hmacMs, failed, r429: 0, requests: 0 }));
}

module.exports = { p3 };
