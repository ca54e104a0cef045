// @ts-check
'use strict';
// P2 Return All of 10,000 users against the fake enforcing Pachca's limits: 200 pages of 50,
// each asked for exactly once. Floor as defined for this figure: 200 requests at 50 per second.

const { FakePachca, timedRun, seconds, summary } = require('./common');

const USERS = 10_000;
const PAGES = USERS / 50;
const FLOOR_MS = (PAGES / 50) * 1000;

async function p2() {
	const fake = await new FakePachca({ seed: false }).start();
	try {
		// seed: false leaves the owner, the admin and the bot: 3 of the 10,000.
		for (let i = fake.state.users.size; i < USERS; i++)
			fake.state.addUser({ first_name: 'User', last_name: String(i), email: `user${i}@example.com` });
		const parameters = { resource: 'user', operation: 'getAll', returnAll: true };
		await timedRun(fake, { ...parameters, returnAll: false, limit: 1 }, [{ json: {} }]);
		const limits = fake.enableLimits();
		fake.clearRequests();
		const { output, wallMs, failed } = await timedRun(fake, parameters, [{ json: {} }]);
		const ids = new Set(output.map((/** @type {any} */ item) => item.json.id));
		console.log(`P2 users returned: ${output.length} (distinct ${ids.size} of ${fake.state.users.size})`);
		console.log(
			`P2 floor: ${PAGES} requests at 50 per second = ${seconds(FLOOR_MS)} (the bucket model ` +
				`lets the first 50 go at once: ${seconds(((PAGES - 50) / 50) * 1000)})`,
		);
		console.log(`P2 wall: ${seconds(wallMs)}`);
		console.log(`P2 requests per second: ${((fake.requests.length / wallMs) * 1000).toFixed(1)}`);
		const lost = USERS - ids.size;
		console.log(
			summary('P2', {
				ratio: wallMs / FLOOR_MS,
				failed: failed + lost,
				r429: limits.stats.limited,
				requests: fake.requests.length,
			}),
		);
	} finally {
		await fake.stop();
	}
}

module.exports = { p2 };
