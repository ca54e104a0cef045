// @ts-check
'use strict';
// P1 bulk send: 300 input items → messages into 3 chats in one node execution, against the fake
// enforcing Pachca's limits. The floor is what the per-chat buckets allow (burst included).

const { DOCUMENTED } = require('../test/fake-pachca/limits');
const { FakePachca, timedRun, seconds, summary } = require('./common');
const { sendMessageParameters } = require('../test/e2e/workflow-parts');

const ITEMS = 300;
const CHATS = [901, 902, 903];

/** Earliest time (ms) the n-th request may go when every bucket starts full: max over buckets of (n − burst) / rate. @param {number} n */
function floorMs(n) {
	return Math.max(0, ...DOCUMENTED.messageWrite.map((b) => ((n - b.burst) / b.perSecond) * 1000));
}

const send = sendMessageParameters('={{ $json.chat }}', '={{ $json.text }}');

/**
 * Message → Send is run by the node itself (customOperations): each request leaves as soon as its
 * item is read, with default settings. Request Options → Batching (1 item per batch, 1 ms
 * interval) only adds a pause after each item. P1 runs Batching, P1-defaults the node as dropped
 * on the canvas, for comparison.
 */
const INTERLEAVED = { requestOptions: { batching: { batch: { batchSize: 1, batchInterval: 1 } } } };

/** @param {string} name @param {Record<string, unknown>} parameters */
async function bulkSend(name, parameters) {
	// A token of its own: the pacer remembers each token's recent sends (laneFor), as Pachca does.
	const fake = await new FakePachca({ seed: true, tokens: { bot: `bench-${name}-bot-token` } }).start();
	try {
		for (const id of CHATS) fake.state.addChat({ id, name: `Bulk ${id}`, owner_id: 1 }, [[3, 'member']]);
		await timedRun(fake, parameters, [{ json: { chat: 101, text: 'warm-up' } }]);
		const limits = fake.enableLimits();
		fake.clearRequests();
		const items = Array.from({ length: ITEMS }, (_, i) => ({
			json: { chat: CHATS[i % CHATS.length], text: `Bulk ${i}` },
		}));
		const startedAt = Date.now();
		const { wallMs, failed } = await timedRun(fake, parameters, items);
		const setupMs = (fake.requests[0]?.at ?? startedAt) - startedAt;
		const perChat = ITEMS / CHATS.length;
		const minimum = floorMs(perChat);
		const inOrder = CHATS.every((chat) => {
			const sent = [...fake.state.messages.values()].filter((m) => m.chat_id === chat).sort((a, b) => a.id - b.id);
			return (
				sent.map((m) => m.content).join() ===
				items
					.filter((i) => i.json.chat === chat)
					.map((i) => i.json.text)
					.join()
			);
		});
		console.log(`${name} items: ${ITEMS} into ${CHATS.length} chats (${perChat} each)`);
		console.log(`${name} minimum by the documented per-chat limits (burst 30/s, 4/s sustained): ${seconds(minimum)}`);
		console.log(`${name} wall (the whole node execution): ${seconds(wallMs)}`);
		console.log(`${name} of which before the first request: ${seconds(setupMs)}`);
		console.log(
			`${name} sending (first request to the end): ${seconds(wallMs - setupMs)}, ${((wallMs - setupMs) / minimum).toFixed(2)} × the minimum`,
		);
		console.log(`${name} messages per second: ${((ITEMS / wallMs) * 1000).toFixed(1)}`);
		console.log(`${name} each chat's messages in item order: ${inOrder ? 'yes' : 'NO'}`);
		console.log(
			summary(name, { ratio: wallMs / minimum, failed, r429: limits.stats.limited, requests: fake.requests.length }),
		);
	} finally {
		await fake.stop();
	}
}

async function p1() {
	await bulkSend('P1', { ...send, ...INTERLEAVED });
	await bulkSend('P1-defaults', send);
}

module.exports = { p1 };
