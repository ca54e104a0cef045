// @ts-check
'use strict';
// The short trigger fuzz inside `npm run test:e2e` (the full one is bench/fuzz-trigger.js):
// a few hundred hostile deliveries from the seeded generator at an active trigger, none of
// which may start the workflow; n8n must stay up and answer each with an allowed 4xx or 200.

const { fuzzTrigger, report } = require('./fuzz/send');
const { expect } = require('./runner');

const COUNT = Number(process.env.PACHCA_E2E_FUZZ_COUNT || 300);
const SEED = 11;

/**
 * @param {import('./runner').Steps} steps
 * @param {import('../../scripts/n8n/process').N8nServer} server
 * @param {{ url: string, secret: string, executions: () => Promise<number> }} target
 */
async function fuzzSteps(steps, server, target) {
	await steps.step(
		`fuzz: ${COUNT} hostile deliveries (seed ${SEED}) get allowed 4xx/200 answers, start nothing, n8n stays up`,
		async () => {
			const before = await target.executions();
			const result = await fuzzTrigger({
				url: target.url,
				secret: target.secret,
				count: COUNT,
				seed: SEED,
				command: '',
				pid: server.child?.pid,
			});
			for (const line of report(result)) console.log(`    ${line}`);
			expect(
				server.exitCode === null && (await server.ready()),
				`n8n is down after the fuzz (exit code ${server.exitCode})`,
			);
			expect(
				result.totals.unexpected === 0,
				`${result.totals.unexpected} answers outside the allowed set:\n${result.unexpected.join('\n')}`,
			);
			await new Promise((resolve) => setTimeout(resolve, 3000));
			const after = await target.executions();
			expect(after === before, `executions went from ${before} to ${after} during the fuzz; expected none`);
		},
	);
}

module.exports = { fuzzSteps };
