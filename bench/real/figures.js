// @ts-check
'use strict';
// What one real-n8n run measured, read from the fake's side: when the markers and the node's
// requests arrived, how many were answered 429, whether each chat got its messages in item order.

/**
 * Earliest time (ms) the n-th request into one chat may arrive, every bucket full at the start.
 * @param {Array<{ perSecond: number, burst: number }>} buckets @param {number} n
 */
function floorMs(buckets, n) {
	return Math.max(0, ...buckets.map((b) => ((n - b.burst) / b.perSecond) * 1000));
}

/**
 * @param {import('../../test/fake-pachca/server').FakePachca} fake
 * @param {Map<string, number>} marks arrival times of the markers
 * @param {(r: { method: string, path: string }) => boolean} isNodeRequest
 */
function measure(fake, marks, isNodeRequest) {
	const sent = fake.requests.filter(isNodeRequest);
	const start = marks.get('node') ?? NaN;
	const first = sent[0]?.at ?? NaN;
	const last = sent[sent.length - 1]?.at ?? NaN;
	const setAt = marks.get('set');
	return {
		requests: sent.length,
		nodeMs: last - start,
		firstMs: first - start,
		sendingMs: last - first,
		eMs: setAt === undefined ? undefined : start - setAt,
		r429: fake.limits?.stats.limited ?? 0,
		at: { start, first, last },
	};
}

/**
 * Where the node's step grew n8n's memory: RSS when the node started, when its first request
 * left (n8n has prepared every item by then, unless Batching is on) and when its last one did.
 * @param {Array<{ at: number, rss: number }>} samples @param {{ start: number, first: number, last: number }} at
 */
function memoryPhases(samples, at) {
	const rssAt = (/** @type {number} */ t) => samples.filter((x) => x.at <= t).pop()?.rss ?? NaN;
	const [start, first, last] = [rssAt(at.start), rssAt(at.first), rssAt(at.last)];
	const plus = (/** @type {number} */ bytes) => `${bytes >= 0 ? '+' : '−'}${mb(Math.abs(bytes))}`;
	return (
		`RSS of n8n at the node's start ${mb(start)}, at its first request ${mb(first)} ` +
		`(${plus(first - start)}), at its last ${mb(last)} (${plus(last - first)})`
	);
}

/** Each chat's messages in the fake, oldest first, match the items' order for that chat. @param {any} fake @param {number[]} chats */
function inItemOrder(fake, chats) {
	return chats.every((chat) => {
		const numbers = [...fake.state.messages.values()]
			.filter((m) => m.chat_id === chat)
			.sort((a, b) => a.id - b.id)
			.map((m) => Number(String(m.content).slice(5)));
		return numbers.every((n, i) => i === 0 || n > numbers[i - 1]);
	});
}

const s = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(2)} s`;
const mb = (/** @type {number} */ bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/**
 * "target ≤ 3.10 s, margin +0.42 s (met)"; a time within the target with something else wrong
 * (`problems`: failed items, 429s over the limit, order lost, n8n's exit code) is not met.
 * @param {number} valueMs @param {number} targetMs @param {string[]} [problems]
 */
function margin(valueMs, targetMs, problems = []) {
	const m = targetMs - valueMs;
	const verdict = m >= 0 && problems.length === 0 ? 'met' : ['MISSED', ...problems].join(': ');
	return `target ≤ ${s(targetMs)}, margin ${m >= 0 ? '+' : '−'}${s(Math.abs(m))} (${verdict})`;
}

/**
 * What besides time keeps a send case from meeting its target.
 * @param {{ code: number | null }} run @param {number} failed @param {number} r429 @param {number} requests @param {boolean} ordered
 */
function sendProblems(run, failed, r429, requests, ordered) {
	const problems = [];
	if (run.code !== 0) problems.push(`n8n exit ${run.code}`);
	if (failed > 0) problems.push(`${failed} failed`);
	if (r429 > 0.03 * Math.max(1, requests)) problems.push(`429s over 3 %`);
	if (!ordered) problems.push('order lost');
	return problems.length ? [problems.join(', ')] : [];
}

module.exports = { floorMs, measure, memoryPhases, inItemOrder, margin, sendProblems, s, mb };
