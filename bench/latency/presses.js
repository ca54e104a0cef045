// @ts-check
'use strict';
// Button presses as Pachca delivers them, timed from the sandbox's side: each press gets a fresh
// trigger_id (valid 3 s, as in Pachca), its button_click is signed and POSTed to the bot's
// outgoing_url (n8n's webhook) by the sandbox's dispatcher, and the latency is the time from
// that POST to the views/open request with the same trigger_id arriving at the sandbox.

const OPEN_LIMIT_MS = 15000;
const POLL_MS = 5;

/** @typedef {import('../../scripts/sandbox/server').PachcaSandbox} PachcaSandbox */
/** @typedef {{ ms: number | null, opened: boolean, status: number | null }} Press */

/** When the views/open request for `triggerId` arrived (fake.requests stamps each on arrival). @param {PachcaSandbox} sandbox @param {string} triggerId */
function openedAt(sandbox, triggerId) {
	const request = sandbox.fake.requests.find(
		(r) => r.method === 'POST' && String(r.path).endsWith('/views/open') && r.body?.trigger_id === triggerId,
	);
	return request ? /** @type {number} */ (request.at) : null;
}

/**
 * One press, from the delivery's POST to the views/open request (null when none came in time).
 * @param {PachcaSandbox} sandbox @param {number} n
 * @returns {Promise<Press>}
 */
async function press(sandbox, n) {
	const bot = sandbox.fake.state.bots.get(3);
	const triggerId = sandbox.fake.issueTriggerId();
	const payload = {
		type: 'button',
		event: 'click',
		message_id: 900000 + n,
		trigger_id: triggerId,
		data: 'comment',
		user_id: 4,
		chat_id: 101,
	};
	const sentAt = Date.now();
	const delivery = await sandbox.dispatcher.sendTo(bot, 'button_click', payload);
	const until = sentAt + OPEN_LIMIT_MS;
	let at = openedAt(sandbox, triggerId);
	while (at === null && Date.now() < until) {
		await new Promise((resolve) => setTimeout(resolve, POLL_MS));
		at = openedAt(sandbox, triggerId);
	}
	// state.views holds only the forms Pachca accepted (trigger_id still valid).
	const opened = sandbox.fake.state.views.some((/** @type {any} */ v) => v.trigger_id === triggerId);
	return { ms: at === null ? null : at - sentAt, opened, status: delivery.status };
}

/**
 * `total` presses, `concurrency` in flight at a time; numbered from `first`.
 * @param {PachcaSandbox} sandbox @param {{ total: number, concurrency: number, first?: number }} options
 */
async function pressMany(sandbox, { total, concurrency, first = 1 }) {
	/** @type {Press[]} */
	const results = [];
	let next = 0;
	const lane = async () => {
		while (next < total) {
			const n = first + next++;
			results.push(await press(sandbox, n));
		}
	};
	await Promise.all(Array.from({ length: concurrency }, lane));
	return results;
}

/** Nearest-rank percentile of the timed presses (a press with no form counts as infinitely slow). @param {Press[]} presses @param {number} p */
function percentile(presses, p) {
	const sorted = presses.map((x) => x.ms ?? Infinity).sort((a, b) => a - b);
	return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

module.exports = { press, pressMany, percentile };
