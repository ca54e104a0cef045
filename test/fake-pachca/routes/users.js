// @ts-check
'use strict';
// Employees: list (with `query` it pages like a search method), create, get, edit, delete.
// Tag membership lives in each user's list_tags (tag names), as Pachca exposes it.

const { created, ok, empty } = require('../reply');
const { pathInt } = require('../validate');
const { qStr } = require('../query');
const { keysetPage, offsetPage } = require('../paginate');
const { renderUser } = require('../render');
const { mustUser, mustChat } = require('../lookups');
const { fail } = require('../errors');
const { audit } = require('../events');

const FIELDS = /** @type {const} */ (['first_name', 'last_name', 'email', 'phone_number', 'nickname', 'department']);

/** Text fields, list_tags and custom_properties shared by create and edit. @param {any} ctx @param {any} u @param {any} target */
function readProfile(ctx, u, target) {
	const { v, state } = ctx;
	for (const f of FIELDS) {
		const val = v.str(u, f, { max: 255 });
		if (val !== undefined) target[f] = val;
	}
	const title = v.str(u, 'title');
	if (title !== undefined) target.title = title;
	if (target.email !== undefined && target.email !== null && !/^[^@\s]+@[^@\s]+$/.test(target.email))
		throw v.reject('email', target.email, 'invalid', 'email is invalid');
	for (const other of state.users.values()) {
		if (other.id === target.id) continue;
		if (target.email && other.email && other.email.toLowerCase() === target.email.toLowerCase())
			throw v.reject('email', target.email, 'taken', 'email has already been taken');
		if (u.nickname !== undefined && target.nickname && other.nickname === target.nickname)
			throw v.reject('nickname', target.nickname, 'taken', 'nickname has already been taken');
	}
	const suspended = v.bool(u, 'suspended');
	if (suspended !== undefined) target.suspended = suspended;
	const tags = v.strArray(u, 'list_tags');
	if (tags !== undefined) {
		for (const name of tags) {
			if ([...state.groupTags.values()].some((t) => t.name === name)) continue;
			const id = state.nextId('groupTag');
			state.groupTags.set(id, { id, name }); // unknown tag names are created, like assigning in the UI
		}
		target.list_tags = [...new Set(tags)];
	}
	if (u.custom_properties !== undefined) {
		if (!Array.isArray(u.custom_properties))
			throw v.reject('custom_properties', u.custom_properties, 'invalid', 'custom_properties must be an array');
		const values = [...(target.custom_properties || [])];
		for (const p of u.custom_properties) {
			const def = p && state.customProperties.get(p.id);
			if (!def || def.entity_type !== 'User')
				throw ctx.v.reject('custom_properties', p && p.id, 'not_found', 'Custom property not found');
			v.str(p, 'value', { required: true, max: 768, blankOk: true });
			const i = values.findIndex((x) => x.id === p.id);
			if (i >= 0) values[i] = { id: p.id, value: p.value };
			else values.push({ id: p.id, value: p.value });
		}
		target.custom_properties = values;
	}
	return target;
}

module.exports = {
	/** @param {any} ctx */
	'GET /users'(ctx) {
		const q = (qStr(ctx.query, 'query') || '').toLowerCase();
		const all = [...ctx.state.users.values()].sort((a, b) => a.id - b.id);
		const render = (/** @type {any} */ u) => renderUser(ctx.env, u);
		if (!q) return { status: 200, body: keysetPage(ctx, 'users', all, (u) => [u.id], 1, render) };
		const hits = all.filter((u) =>
			['first_name', 'last_name', 'email', 'phone_number', 'nickname'].some((f) =>
				String(u[f] || '')
					.toLowerCase()
					.includes(q),
			),
		);
		// With `query` the list behaves like a search method: offset cursor, meta.paginate.next_page only.
		return { status: 200, body: offsetPage(ctx, `users?${q}`, hits, render, { withTotal: false }) };
	},

	/** @param {any} ctx */
	'POST /users'(ctx) {
		const { v, state, caller } = ctx;
		const body = v.object(ctx.body);
		const u = v.wrapper(body, 'user');
		v.str(u, 'email', { required: true, max: 255 });
		v.bool(body, 'skip_email_notify');
		const role = v.oneOf(u, 'role', ['admin', 'user', 'multi_guest', 'guest']) || 'user';
		const chatIds = v.intArray(u, 'chat_ids') || [];
		if (role === 'guest' && chatIds.length !== 1)
			throw fail(400, 'chat_ids', chatIds, 'invalid', 'A guest needs exactly one chat');
		const chats = chatIds.map((/** @type {number} */ id) => mustChat(ctx, id, 'chat_ids'));
		if (role === 'guest' && chats[0].archived)
			throw fail(400, 'chat_ids', chatIds, 'invalid', 'The chat must be active');
		const target = readProfile(ctx, u, {
			id: undefined,
			role,
			invite_status: 'sent',
			inviter_id: caller.user_id,
		});
		if (!target.nickname) target.nickname = String(target.email).split('@')[0];
		const user = state.addUser({ ...target, id: undefined, created_at: state.nowIso() });
		for (const c of chats) state.addMember(c.id, user.id, 'member');
		audit(state, 'user_created', 'User', user.id, caller.user_id);
		return created(renderUser(ctx.env, user));
	},

	/** @param {any} ctx */
	'GET /users/{id}'(ctx) {
		return ok(renderUser(ctx.env, mustUser(ctx, pathInt(ctx.params, 'id'))));
	},

	/** @param {any} ctx */
	'PUT /users/{id}'(ctx) {
		const { v, state, caller } = ctx;
		const user = mustUser(ctx, pathInt(ctx.params, 'id'));
		const u = v.wrapper(ctx.body, 'user');
		if (user.id === state.ownerId && caller.role !== 'owner')
			throw v.reject('id', user.id, 'owner_protected', "The owner's data cannot be changed");
		const role = v.oneOf(u, 'role', ['admin', 'user', 'multi_guest']);
		const next = readProfile(ctx, u, { ...user });
		if (role !== undefined) next.role = role;
		Object.assign(user, next);
		audit(state, 'user_updated', 'User', user.id, caller.user_id);
		return ok(renderUser(ctx.env, user));
	},

	/** @param {any} ctx */
	'DELETE /users/{id}'(ctx) {
		const { state, caller } = ctx;
		const user = mustUser(ctx, pathInt(ctx.params, 'id'));
		if (user.id === state.ownerId) throw fail(403, 'id', user.id, 'owner_protected', 'The owner cannot be deleted');
		state.users.delete(user.id);
		state.statuses.delete(user.id);
		for (const [chatId, list] of state.members)
			state.members.set(
				chatId,
				list.filter((/** @type {any} */ m) => m.user_id !== user.id),
			);
		for (const [token, rec] of state.tokens) if (rec.user_id === user.id) state.tokens.delete(token);
		audit(state, 'user_deleted', 'User', user.id, caller.user_id);
		return empty();
	},
};
