// @ts-check
'use strict';
// Shared by the benchmarks: the test harness (the built package run through n8n-core's own
// engine), the fake Pachca, and the one-line summary each block ends with.

require('../test/harness/setup-env');
const { performance } = require('node:perf_hooks');
const { runNode, loadedPackage } = require('../test/harness');
const { FakePachca } = require('../test/fake-pachca');

/** @typedef {import('../test/fake-pachca/server').FakePachca} Fake */

/** @param {Fake} fake @returns {Record<string, unknown>} */
function credentialsFor(fake) {
	return {
		baseUrl: fake.baseUrl,
		botToken: fake.tokens.bot,
		adminToken: fake.tokens.admin,
		ownerToken: fake.tokens.owner,
		signingSecret: '',
	};
}

/**
 * Runs the node once over `items` and times it, failures kept per item (On Error: Continue).
 * @param {Fake} fake @param {Record<string, unknown>} parameters @param {import('n8n-workflow').INodeExecutionData[]} items
 */
async function timedRun(fake, parameters, items) {
	const started = performance.now();
	const { items: output } = await runNode({
		parameters,
		credentials: credentialsFor(fake),
		items,
		continueOnFail: true,
	});
	const wallMs = performance.now() - started;
	const failed = output.filter((/** @type {any} */ item) => item.error || item.json.error).length;
	return { output, wallMs, failed };
}

/** @param {number} ms */
const seconds = (ms) => `${(ms / 1000).toFixed(3)} s`;

/**
 * The last line of every block, in one fixed format.
 * @param {string} name @param {{ ratio: number, failed: number, r429: number, requests: number }} figures
 */
function summary(name, { ratio, failed, r429, requests }) {
	return `${name} ratio=${ratio.toFixed(2)} failed=${failed} r429=${r429} requests=${requests}`;
}

module.exports = { FakePachca, loadedPackage, timedRun, seconds, summary, performance };
