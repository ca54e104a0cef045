// @ts-check
'use strict';
// The fake Pachca the real-n8n benchmarks run against: the bench chats and users, and the marker
// requests (workflows.js) noted with their arrival times.

const { FakePachca } = require('../../test/fake-pachca');
const { MARK_PATH } = require('./workflows');
const { CHATS, CHATS_30, USERS } = require('./cases');

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

module.exports = { startFake, reset };
