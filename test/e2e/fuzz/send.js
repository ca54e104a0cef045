// @ts-check
'use strict';
// Sends the fuzz cases (cases.js) to a live trigger URL, a few at a time, each with a time
// limit, and tallies per kind: answers by status, answers outside the allowed set, timeouts and
// connection errors, the slowest answer, and n8n's resident memory sampled along the way.

const fs = require('node:fs');
const { request } = require('undici');
const { fuzzCase } = require('./cases');

const ANSWER_LIMIT_MS = 15000;
const IN_FLIGHT = 8;

/** RSS of a process in MiB (Linux), or NaN. @param {number | undefined} pid */
function rssMiB(pid) {
	try {
		const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
		return Math.round(kb / 1024);
	} catch {
		return NaN;
	}
}

/** @param {number[]} values */
function median(values) {
	const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
	return sorted.length === 0 ? NaN : sorted[Math.floor(sorted.length / 2)];
}

/** @param {string} url @param {import('./cases').FuzzCase} c */
async function sendOne(url, c) {
	const started = Date.now();
	try {
		const response = await request(url, {
			method: 'POST',
			headers: c.headers,
			body: c.body,
			headersTimeout: ANSWER_LIMIT_MS,
			bodyTimeout: ANSWER_LIMIT_MS,
		});
		await response.body.text();
		return { status: response.statusCode, ms: Date.now() - started };
	} catch (error) {
		const e = /** @type {any} */ (error);
		return { status: 0, ms: Date.now() - started, error: String(e?.code || e?.message || e) };
	}
}

/**
 * @param {{ url: string, secret: string, count: number, seed: number, command: string, validEvery?: number, pid?: number,
 *   progress?: (done: number) => void }} options
 */
async function fuzzTrigger(options) {
	/** @type {Record<string, { sent: number, statuses: Record<number, number> }>} */
	const byKind = {};
	/** @type {string[]} */
	const unexpected = [];
	const totals = { sent: 0, unexpected: 0, failed: 0, slowestMs: 0, runsExpected: 0, bytes: 0 };
	const memory = { startMiB: rssMiB(options.pid), warmMiB: NaN, endMiB: NaN, peakMiB: rssMiB(options.pid) };
	/** RSS every 100 deliveries. @type {number[]} */
	const samples = [];
	let next = 0;
	const worker = async () => {
		while (next < options.count) {
			const i = next++;
			const c = fuzzCase(options, i);
			const answer = await sendOne(options.url, c);
			const tally = (byKind[c.kind] ??= { sent: 0, statuses: {} });
			tally.sent++;
			tally.statuses[answer.status] = (tally.statuses[answer.status] ?? 0) + 1;
			totals.sent++;
			totals.bytes += c.body.length;
			totals.slowestMs = Math.max(totals.slowestMs, answer.ms);
			if (c.runs && answer.status === 200) totals.runsExpected++;
			if (answer.status === 0) totals.failed++;
			if (!c.allowed.includes(answer.status)) {
				totals.unexpected++;
				if (unexpected.length < 10)
					unexpected.push(
						`#${i} ${c.kind}: ${answer.status || answer.error} (allowed ${c.allowed.join('/')}), body ` +
							`${JSON.stringify(c.body.subarray(0, 80).toString('utf8'))}`,
					);
			}
			if (totals.sent % 100 === 0) {
				const rss = rssMiB(options.pid);
				memory.peakMiB = Math.max(memory.peakMiB, rss);
				samples.push(rss);
				options.progress?.(totals.sent);
			}
		}
	};
	const started = Date.now();
	await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
	// Garbage collection makes single samples jump: compare the median after warm-up (10–30 % of
	// the run) with the median of the last 20 %.
	samples.push(rssMiB(options.pid));
	memory.warmMiB = median(
		samples.slice(Math.floor(samples.length * 0.1), Math.max(1, Math.ceil(samples.length * 0.3))),
	);
	memory.endMiB = median(samples.slice(Math.floor(samples.length * 0.8)));
	return { byKind, totals, unexpected, memory, ms: Date.now() - started };
}

/** Lines for the console: per-kind status counts and the totals. @param {Awaited<ReturnType<typeof fuzzTrigger>>} result */
function report(result) {
	const lines = Object.entries(result.byKind)
		.sort(([a], [b]) => a.localeCompare(b))
		.map(
			([kind, t]) =>
				`${kind.padEnd(46)} ${String(t.sent).padStart(5)}  ${Object.entries(t.statuses)
					.map(([s, n]) => `${s === '0' ? 'no answer' : s}×${n}`)
					.join(' ')}`,
		);
	const t = result.totals;
	const m = result.memory;
	lines.push(
		`sent ${t.sent} (${(t.bytes / 1048576).toFixed(1)} MiB) in ` +
			`${(result.ms / 1000).toFixed(1)} s; answers outside the allowed set: ${t.unexpected}; no ` +
			`answer: ${t.failed}; slowest answer ${t.slowestMs} ms (limit ${ANSWER_LIMIT_MS} ms)`,
	);
	lines.push(
		`n8n RSS: start ${m.startMiB} MiB, median after warm-up (10–30 %) ${m.warmMiB} MiB, ` +
			`median of the last 20 % ${m.endMiB} MiB, peak ${m.peakMiB} MiB`,
	);
	return lines;
}

module.exports = { fuzzTrigger, report, rssMiB, ANSWER_LIMIT_MS };
