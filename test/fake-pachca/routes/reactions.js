// @ts-check
'use strict';
// Reactions (add is idempotent per user+code and answers the bare Reaction object, remove by
// `code` query, list) and the read-members list (bare user ids).

const { json, empty } = require('../reply');
const { pathInt } = require('../validate');
const { qStr } = require('../query');
const { keysetPage } = require('../paginate');
const { renderReaction } = require('../render');
const { mustMessage } = require('../lookups');
const { fail, notFound } = require('../errors');
const { emitWebhook, audit } = require('../events');

/** @param {any} ctx @param {any} m @param {any} r @param {string} event */
function reactionEvent(ctx, m, r, event) {
	const payload = {
		type: 'reaction',
		event,
		chat_id: m.chat_id,
		message_id: m.id,
		code: r.code,
		name: renderReaction(r).name,
		user_id: r.user_id,
		created_at: r.created_at,
	};
	emitWebhook(ctx.state, event === 'new' ? 'reaction_new' : 'reaction_delete', m.chat_id, payload, ctx.caller.user_id);
}

module.exports = {
	/** @param {any} ctx */
	'POST /messages/{id}/reactions'(ctx) {
		const { v, state, caller } = ctx;
		const m = mustMessage(ctx, pathInt(ctx.params, 'id'));
		const body = v.object(ctx.body);
		const code = /** @type {string} */ (v.str(body, 'code', { required: true }));
		const name = v.str(body, 'name');
		const list = state.reactions.get(m.id) || [];
		state.reactions.set(m.id, list);
		const same = list.find((/** @type {any} */ r) => r.user_id === caller.user_id && r.code === code);
		if (same) return json(201, renderReaction(same));
		const codes = new Set(list.map((/** @type {any} */ r) => r.code));
		if (list.filter((/** @type {any} */ r) => r.user_id === caller.user_id).length >= 20)
			throw v.reject('code', code, 'user_limit', 'You can add at most 20 unique reactions');
		if (!codes.has(code) && codes.size >= 30)
			throw v.reject('code', code, 'unique_limit', 'A message can have at most 30 unique reactions');
		if (list.length >= 1000) throw v.reject('code', code, 'general_limit', 'A message can have at most 1000 reactions');
		// The id is internal (reactions have none in the API); it only breaks ties in the cursor key.
		const r = {
			id: state.nextId('reaction'),
			user_id: caller.user_id,
			code,
			name: name || null,
			created_at: state.nowIso(),
		};
		list.push(r);
		reactionEvent(ctx, m, r, 'new');
		audit(state, 'reaction_created', 'Message', m.id, caller.user_id);
		return json(201, renderReaction(r));
	},

	/** @param {any} ctx */
	'DELETE /messages/{id}/reactions'(ctx) {
		const { state, caller } = ctx;
		const m = mustMessage(ctx, pathInt(ctx.params, 'id'));
		const code = qStr(ctx.query, 'code');
		const name = qStr(ctx.query, 'name');
		if (code === undefined) throw fail(400, 'code', null, 'required', 'code is required');
		const list = state.reactions.get(m.id) || [];
		const r = list.find(
			(/** @type {any} */ x) =>
				x.user_id === caller.user_id && x.code === code && (!name || !x.name || x.name === name),
		);
		if (!r) throw notFound('code', code);
		state.reactions.set(
			m.id,
			list.filter((/** @type {any} */ x) => x !== r),
		);
		reactionEvent(ctx, m, r, 'delete');
		audit(state, 'reaction_deleted', 'Message', m.id, caller.user_id);
		return empty();
	},

	/** @param {any} ctx */
	'GET /messages/{id}/reactions'(ctx) {
		const m = mustMessage(ctx, pathInt(ctx.params, 'id'));
		const items = [...(ctx.state.reactions.get(m.id) || [])].sort((a, b) =>
			a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id - b.id,
		);
		return {
			status: 200,
			body: keysetPage(ctx, `reactions:${m.id}`, items, (r) => [r.created_at, r.id], 1, renderReaction),
		};
	},

	/** @param {any} ctx */
	'GET /messages/{id}/read_member_ids'(ctx) {
		const m = mustMessage(ctx, pathInt(ctx.params, 'id'));
		const items = [...new Set(ctx.state.readers.get(m.id) || [])].sort((a, b) => a - b);
		return {
			status: 200,
			body: keysetPage(
				ctx,
				`readers:${m.id}`,
				items,
				(id) => [id],
				1,
				(id) => id,
			),
		};
	},
};
