// @ts-check
'use strict';
// Threads: on a message (idempotent: an existing thread is returned), standalone, get, list
// (threads whose chat or root chat the caller belongs to, newest activity first).

const { created, ok } = require('../reply');
const { pathInt } = require('../validate');
const { qDate } = require('../query');
const { keysetPage } = require('../paginate');
const { renderThread } = require('../render');
const { mustMessage } = require('../lookups');
const { fail, notFound } = require('../errors');
const { audit } = require('../events');

module.exports = {
	/** @param {any} ctx */
	'POST /messages/{id}/thread'(ctx) {
		const { state, caller } = ctx;
		const m = mustMessage(ctx, pathInt(ctx.params, 'id'));
		if (state.threadOfChat(m.chat_id))
			throw fail(404, 'id', m.id, 'thread_message', 'Cannot create a thread for a message that is already in a thread');
		const existing = state.threadOfMessage(m.id);
		if (existing) return created(renderThread(existing));
		const t = state.addThread(m, caller.user_id);
		audit(state, 'thread_created', 'Chat', t.chat_id, caller.user_id);
		return created(renderThread(t));
	},

	/** @param {any} ctx */
	'POST /threads'(ctx) {
		const t = ctx.state.addThread(null, ctx.caller.user_id);
		audit(ctx.state, 'thread_created', 'Chat', t.chat_id, ctx.caller.user_id);
		return created(renderThread(t));
	},

	/** @param {any} ctx */
	'GET /threads'(ctx) {
		const { state, caller, query } = ctx;
		const after = qDate(query, 'last_message_at_after');
		const before = qDate(query, 'last_message_at_before');
		const key = (/** @type {any} */ t) => [t.updated_at, t.id];
		const items = [...state.threads.values()]
			.filter(
				(t) =>
					state.isMember(t.chat_id, caller.user_id) ||
					(t.message_chat_id && state.isMember(t.message_chat_id, caller.user_id)),
			)
			.filter((t) => (!after || t.updated_at >= after) && (!before || t.updated_at <= before))
			.sort((a, b) => (a.updated_at < b.updated_at ? 1 : a.updated_at > b.updated_at ? -1 : b.id - a.id));
		return { status: 200, body: keysetPage(ctx, 'threads', items, key, -1, renderThread) };
	},

	/** @param {any} ctx */
	'GET /threads/{id}'(ctx) {
		const id = pathInt(ctx.params, 'id');
		const t = ctx.state.threads.get(id);
		if (!t) throw notFound('id', id);
		return ok(renderThread(t));
	},
};
