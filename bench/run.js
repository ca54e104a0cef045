// @ts-check
'use strict';
// `npm run bench` (after `npm run build`): P1 bulk send, P2 Return All, P3 webhook verification.

const { p1 } = require('./p1-bulk-send');
const { p2 } = require('./p2-return-all');
const { p3 } = require('./p3-verify');

async function main() {
	const only = process.argv.slice(2);
	const blocks = /** @type {Array<[string, () => Promise<void>]>} */ ([['P1', p1], ['P2', p2], ['P3', p3]]);
	for (const [name, block] of blocks) {
		if (only.length === 0 || only.includes(name)) await block();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
