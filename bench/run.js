// @ts-check
'use strict';
// `npm run bench` (after `npm run build`): the real-n8n figures (bench/real: the packed package in
// n8n 2.41.1, `n8n execute`), the interactive latency (bench/latency: button → form through n8n
// as a server, regular and queue mode), then the harness figures (unit-level: the built package
// through n8n-core's RoutingNode in this process, credentials in memory). Names pick blocks:
// `npm run bench -- real`, `-- P1-real-strict`, `-- P1-ref` (the reference node), `-- latency`
// (`-- latency-regular`, `-- latency-queue`), `-- harness`, `-- P1 P2 P3`.

const { p1 } = require('./p1-bulk-send');
const { p2 } = require('./p2-return-all');
const { p3 } = require('./p3-verify');
const { real } = require('./real');
const { latency } = require('./latency');

async function main() {
	const only = process.argv.slice(2);
	const realNames = only.filter(
		(name) => name === 'real' || name.endsWith('-real') || name.includes('-real-') || name.startsWith('P1-ref'),
	);
	if (only.length === 0 || realNames.length > 0) await real(realNames);
	const latencyNames = only.filter((name) => name === 'latency' || name.startsWith('latency-'));
	if (only.length === 0 || latencyNames.length > 0)
		await latency(latencyNames.filter((name) => name !== 'latency').map((name) => name.slice('latency-'.length)));
	const blocks = /** @type {Array<[string, () => Promise<void>]>} */ ([
		['P1', p1],
		['P2', p2],
		['P3', p3],
	]);
	const harness = blocks.filter(([name]) => only.length === 0 || only.includes('harness') || only.includes(name));
	if (harness.length > 0)
		console.log(
			'\nHarness (unit-level: RoutingNode from n8n-core in this Node process, credentials in memory; not real n8n)',
		);
	for (const [, block] of harness) await block();
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
