// @ts-check
'use strict';
// The real-n8n benchmarks: the packed package in n8n 2.41.1 on Node 24 (`n8n execute`), against
// the fake Pachca on 127.0.0.1, timed from the fake's side. BENCH_REPEAT=n runs each case n times.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { FakePachca } = require('../../test/fake-pachca');
const { MODELS } = require('../../test/fake-pachca/limits');
const { summary } = require('../common');
const { bulkSendWorkflow, returnAllWorkflow, MARK_PATH } = require('./workflows');
const { prepareN8n, execute } = require('./n8n');
const { installReference, withReference } = require('./reference');
const { floorMs, measure, inItemOrder, margin, sendProblems, s, mb } = require('./figures');

const CHATS = [901, 902, 903];
/** 3,000 items over 30 chats: 100 per chat as in P1, so the floor is the same and the run stays short. */
const CHATS_30 = Array.from({ length: 30 }, (_, i) => 1001 + i);
const USERS = 10_000;
const SLACK_MS = 300;

/**
 * @typedef {{ name: string, id: string, model: 'documented'|'strict', items: number, chats: number[], batched?: boolean }} SendCase
 * @type {SendCase[]}
 */
const SENDS = [
	{ name: 'P1-real', id: 'benchP1', model: 'documented', items: 300, chats: CHATS },
	{ name: 'P1-real-batched', id: 'benchP1batched', model: 'documented', items: 300, chats: CHATS, batched: true },
	{ name: 'P1-real-strict', id: 'benchP1strict', model: 'strict', items: 300, chats: CHATS },
	{ name: 'P1-real-3000', id: 'benchP1x3000', model: 'documented', items: 3000, chats: CHATS_30 },
	// Not a target of its own: shows what Batching does to time and memory at that size.
	{
		name: 'P1-real-3000-batched',
		id: 'benchP1x3000batched',
		model: 'documented',
		items: 3000,
		chats: CHATS_30,
		batched: true,
	},
];
const P2 = { name: 'P2-real', id: 'benchP2' };
/** The reference declarative node (reference.js) over the same items: n8n's own cost, for comparison. */
const REFS = [
	{ name: 'P1-ref', id: 'benchRef', items: 300, chats: CHATS },
	{ name: 'P1-ref-3000', id: 'benchRef3000', items: 3000, chats: CHATS_30 },
];

async function startFake() {
	const fake = await new FakePachca({ seed: false }).start();
	/** @type {Map<string, number>} */
	const marks = new Map();
	const handleApi = fake.handle.bind(fake);
	fake.handle = async (req, res) => {
		const url = new URL(req.url ?? '/', fake.origin);
		if (url.pathname !== MARK_PATH) return await handleApi(req, res);
		marks.set(String(url.searchParams.get('name')), Date.now());
		res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
	};
	// seed: false leaves the owner, the admin and the bot (user 3, a member of every bench chat).
	for (const id of [...CHATS, ...CHATS_30])
		fake.state.addChat({ id, name: `Bulk ${id}`, owner_id: 1 }, [[3, 'member']]);
	for (let i = fake.state.users.size; i < USERS; i++)
		fake.state.addUser({ first_name: 'User', last_name: String(i), email: `user${i}@example.com` });
	return { fake, marks };
}

/**
 * Clears marks and requests; `model` sets the fake's limits, null turns them off.
 * @param {any} fake @param {Map<string, number>} marks @param {string | null} model
 */
function reset(fake, marks, model) {
	marks.clear();
	fake.clearRequests();
	if (model === null) fake.disableLimits();
	else fake.enableLimits({ model });
	return { lastId: Math.max(0, ...fake.state.messages.keys()) };
}

/** @param {any} n8n @param {any} fake @param {Map<string, number>} marks @param {SendCase} c */
async function runSend(n8n, fake, marks, c) {
	const { lastId } = reset(fake, marks, c.model);
	const run = /** @type {any} */ (await execute(n8n, c.id));
	const m = measure(fake, marks, (r) => r.method === 'POST' && r.path === '/messages');
	const created = [...fake.state.messages.values()].filter((msg) => msg.id > lastId);
	const ordered = inItemOrder({ state: { messages: new Map(created.map((msg) => [msg.id, msg])) } }, c.chats);
	const floor = floorMs(MODELS[c.model].messageWrite, c.items / c.chats.length);
	const e = m.eMs ?? NaN;
	const failed = c.items - created.length;
	const p = (/** @type {string} */ line) => console.log(`${c.name} ${line}`);
	p(
		`${c.items} items into ${c.chats.length} chats, ${c.model} ` +
			`limits${c.batched ? ', Batching 1 item / 1 ms' : ', default node settings'}; n8n exit ${run.code}`,
	);
	p(`floor ${s(floor)}; E (n8n's Set node, same two expressions, same items) ${s(e)}`);
	p(
		`node time (start → last request) ${s(m.nodeMs)}; first request after ${s(m.firstMs)}; sending ` +
			`${s(m.sendingMs)} = ${(m.sendingMs / floor).toFixed(2)} × floor`,
	);
	p(
		`429 answers ${m.r429} (${((m.r429 / Math.max(1, m.requests)) * 100).toFixed(1)} %); each chat in item order: ` +
			`${ordered ? 'yes' : 'NO'}; peak RSS of n8n ${mb(run.rss)}`,
	);
	if (run.code !== 0) p(`n8n said: ${run.output.trim().split('\n').slice(-5).join(' | ')}`);
	const problems = sendProblems(run, failed, m.r429, m.requests, ordered);
	if (c.name === 'P1-real' || c.name === 'P1-real-strict') p(margin(m.nodeMs, 1.05 * floor + e + SLACK_MS, problems));
	if (c.name === 'P1-real-batched') p(margin(m.nodeMs, 1.1 * Math.max(floor, e + SLACK_MS), problems));
	console.log(summary(c.name, { ratio: m.nodeMs / floor, failed, r429: m.r429, requests: m.requests }));
	return { ...m, floor, rss: run.rss, items: c.items, problems };
}

/** @param {any} n8n @param {any} fake @param {Map<string, number>} marks @param {typeof REFS[number]} c */
async function runReference(n8n, fake, marks, c) {
	reset(fake, marks, null);
	const run = /** @type {any} */ (await execute(n8n, c.id));
	const m = measure(fake, marks, (r) => r.method === 'POST' && r.path === '/messages');
	console.log(
		`${c.name} reference declarative node (3 properties, n8n's own field routing, no pacing), ${c.items} ` +
			`items, fake's limits off; n8n exit ${run.code}; first request after ${s(m.firstMs)}; ` +
			`${m.requests} requests; peak RSS of n8n ${mb(run.rss)}`,
	);
	return { ...m, rss: run.rss };
}

/** @param {any} n8n @param {any} fake @param {Map<string, number>} marks */
async function runReturnAll(n8n, fake, marks) {
	reset(fake, marks, 'documented');
	const run = /** @type {any} */ (await execute(n8n, P2.id));
	const m = measure(fake, marks, (r) => r.method === 'GET' && r.path === '/users');
	const floor = (USERS / 50 / 50) * 1000;
	console.log(
		`${P2.name} Return All of ${USERS} users (pages of 50); n8n exit ${run.code}; first request after ` +
			`${s(m.firstMs)}; peak RSS of n8n ${mb(run.rss)}`,
	);
	console.log(
		`${P2.name} node time ${s(m.nodeMs)}; ${margin(m.nodeMs, 1.1 * floor + 500, [
			...(run.code === 0 ? [] : [`n8n exit ${run.code}`]),
			...(m.requests === 200 ? [] : [`${m.requests} requests`]),
		])}; exactly 200 requests: ${m.requests === 200 ? 'yes' : 'NO'}`,
	);
	console.log(
		summary(P2.name, { ratio: m.nodeMs / floor, failed: run.code === 0 ? 0 : 1, r429: m.r429, requests: m.requests }),
	);
}

/** @param {string[]} only names to run (all when empty) */
async function real(only = []) {
	const wanted = (/** @type {string} */ name) => only.length === 0 || only.includes(name) || only.includes('real');
	const repeat = Math.max(1, Math.min(10, Number(process.env.BENCH_REPEAT) || 1));
	console.log(
		`Real n8n 2.41.1 on Node 24 (n8n execute), timed from the fake's side; load: ${os
			.loadavg()
			.map((l) => l.toFixed(2))
			.join(' ')}`,
	);
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pachca-bench-'));
	const { fake, marks } = await startFake();
	try {
		const workflows = [
			...SENDS.map((c) => bulkSendWorkflow({ ...c, origin: fake.origin })),
			...REFS.map((c) => withReference(bulkSendWorkflow({ ...c, origin: fake.origin }))),
			returnAllWorkflow({ id: P2.id, origin: fake.origin }),
		];
		const credential = {
			baseUrl: fake.baseUrl,
			botToken: fake.tokens.bot,
			adminToken: fake.tokens.admin,
			ownerToken: fake.tokens.owner,
			signingSecret: '',
		};
		const n8n = await prepareN8n(work, credential, workflows);
		installReference(n8n.userFolder, fake.baseUrl, fake.tokens.bot);
		for (let round = 1; round <= repeat; round++) {
			if (repeat > 1) console.log(`--- round ${round} of ${repeat}; load ${os.loadavg()[0].toFixed(2)}`);
			/** @type {Record<string, any>} */
			const got = {};
			for (const c of SENDS) if (wanted(c.name)) got[c.name] = await runSend(n8n, fake, marks, c);
			const [small, big] = [got['P1-real'], got['P1-real-3000']];
			if (small && big) {
				const per = (/** @type {any} */ r) => (r.nodeMs - r.floor) / r.items;
				console.log(
					`P1-real-3000 per item after the floor: ${per(big).toFixed(2)} ms vs P1-real ` +
						`${per(small).toFixed(2)} ms (${((per(big) / per(small) - 1) * 100).toFixed(0)} %, ` +
						`target ≤ +10 %: ${per(big) <= 1.1 * per(small) && big.problems.length === 0 ? 'met' : 'MISSED'})`,
				);
				console.log(
					`P1-real-3000 peak RSS growth over P1-real: ${mb(big.rss - small.rss)} (target ≤ 150 MB: ` +
						`${big.rss - small.rss <= 150 * 2 ** 20 ? 'met' : 'MISSED'})`,
				);
			}
			const [smallBatched, bigBatched] = [got['P1-real-batched'], got['P1-real-3000-batched']];
			if (smallBatched && bigBatched) {
				console.log(
					`P1-real-3000-batched peak RSS growth over P1-real-batched: ${mb(bigBatched.rss - smallBatched.rss)} ` +
						'(for comparison with P1-real-3000)',
				);
			}
			for (const c of REFS) if (wanted(c.name)) got[c.name] = await runReference(n8n, fake, marks, c);
			const [ref, refBig] = [got['P1-ref'], got['P1-ref-3000']];
			for (const [mine, theirs] of [
				[got['P1-real'], ref],
				[got['P1-real-3000'], refBig],
			])
				if (mine && theirs)
					console.log(
						`P1-ref first request after the node starts, ${mine.items} items: Pachca ${s(mine.firstMs)}, ` +
							`reference node ${s(theirs.firstMs)} (n8n prepares every item first)`,
					);
			if (ref && refBig)
				console.log(
					`P1-ref-3000 peak RSS growth over P1-ref: ${mb(refBig.rss - ref.rss)} (what n8n takes for any ` +
						'declarative node; compare with P1-real-3000)',
				);
			if (wanted(P2.name)) await runReturnAll(n8n, fake, marks);
		}
	} finally {
		await fake.stop();
		fs.rmSync(work, { recursive: true, force: true });
	}
}

module.exports = { real };
