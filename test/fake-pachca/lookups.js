// @ts-check
'use strict';
// "Find it or answer 404" helpers shared by the routes.

const { notFound } = require('./errors');

/** @param {any} ctx @param {number} id @param {string} [key] */
function mustChat(ctx, id, key = 'id') {
	const c = ctx.state.chats.get(id);
	if (!c) throw notFound(key, id);
	return c;
}

/** Messages that were deleted answer 404 too. @param {any} ctx @param {number} id @param {string} [key] */
function mustMessage(ctx, id, key = 'id') {
	const m = ctx.state.messages.get(id);
	if (!m || m.deleted_at) throw notFound(key, id);
	return m;
}

/** @param {any} ctx @param {number} id @param {string} [key] */
function mustUser(ctx, id, key = 'id') {
	const u = ctx.state.users.get(id);
	if (!u) throw notFound(key, id);
	return u;
}

/** @param {any} ctx @param {number} id @param {string} [key] */
function mustTag(ctx, id, key = 'id') {
	const t = ctx.state.groupTags.get(id);
	if (!t) throw notFound(key, id);
	return t;
}

/**
 * Every id in the list must be a known user; answers 404 naming the first unknown one.
 * @param {any} ctx
 * @param {number[]} ids
 * @param {string} key
 */
function mustUsers(ctx, ids, key) {
	for (const id of ids) mustUser(ctx, id, key);
	return ids;
}

/** Sort helper: compare by a key function then by id. @param {(x: any) => any} key @param {1|-1} dir */
function by(key, dir = 1) {
	return (/** @type {any} */ a, /** @type {any} */ b) => {
		const ka = key(a);
		const kb = key(b);
		if (ka !== kb) return (ka < kb ? -1 : 1) * dir;
		return (a.id - b.id) * dir;
	};
}

module.exports = { mustChat, mustMessage, mustUser, mustTag, mustUsers, by };
