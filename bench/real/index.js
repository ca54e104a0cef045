// @ts-check
'use strict';
// The real-n8n benchmarks: the packed package in n8n 2.41.1 on Node 24 (`n8n execute`), against
// the fake Pachca on 127.0.0.1, timed from the fake's side. BENCH_REPEAT=n runs each case n times.
// The cases are in cases.js, the targets in sends.js, the comparisons in comparisons.js.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { bulkSendWorkflow, returnAllWorkflow, withoutNode } = require('./workflows');
const { prepareN8n } = require('./n8n');
const { installReference, withReference } = require('./reference');
const { SENDS, P2, REFS } = require('./cases');
const { startFake } = require('./fake');
const { runSend, runReturnAll } = require('./sends');
const { runReference, printComparisons } = require('./comparisons');

/** Every workflow the cases run, on the fake at `origin`. @param {string} origin */
function benchWorkflows(origin) {
	return [
		// Cases that differ only in how n8n is started share a workflow.
		...SENDS.filter((c, i) => SENDS.findIndex((other) => other.id === c.id) === i).map((c) =>
			bulkSendWorkflow({ ...c, origin }),
		),
		...REFS.map((c) => {
			const workflow = bulkSendWorkflow({ ...c, origin });
			return c.kind === 'reference' ? withReference(workflow) : withoutNode(workflow);
		}),
		returnAllWorkflow({ id: P2.id, origin }),
	];
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
		const credential = {
			baseUrl: fake.baseUrl,
			botToken: fake.tokens.bot,
			adminToken: fake.tokens.admin,
			ownerToken: fake.tokens.owner,
			signingSecret: '',
		};
		const n8n = await prepareN8n(work, credential, benchWorkflows(fake.origin));
		installReference(n8n.userFolder, fake.baseUrl, fake.tokens.bot);
		for (let round = 1; round <= repeat; round++) {
			if (repeat > 1) console.log(`--- round ${round} of ${repeat}; load ${os.loadavg()[0].toFixed(2)}`);
			/** @type {Record<string, any>} */
			const got = {};
			for (const c of SENDS) if (wanted(c.name)) got[c.name] = await runSend(n8n, fake, marks, c);
			for (const c of REFS) if (wanted(c.name)) got[c.name] = await runReference(n8n, fake, marks, c);
			printComparisons(got);
			if (wanted(P2.name)) await runReturnAll(n8n, fake, marks);
		}
	} finally {
		await fake.stop();
		fs.rmSync(work, { recursive: true, force: true });
	}
}

module.exports = { real };
