// @ts-check
'use strict';
// Full-text search stand-ins: case-insensitive substring matching plus the documented
// filters. Search methods page by offset and answer `meta: { total, paginate: { next_page } }`.

const { qStr, qBool, qDate, qEnum, qIntList, qList } = require('../query');
const { offsetPage } = require('../paginate');
const { renderChat, renderMessage, renderUser } = require('../render');
const { fail } = require('../errors');

/** @param {string|undefined} a @param {string|undefined} b @param {1|-1} dir */
const cmp = (a, b, dir) => (a === b ? 0 : (a || '') < (b || '') ? -dir : dir);

/** created_from / created_to filter. @param {Record<string, any>} q */
function createdRange(q) {
	const from = qDate(q, 'created_from');
	const to = qDate(q, 'created_to');
	return (/** @type {any} */ x) => (!from || x.created_at >= from) && (!to || x.created_at <= to);
}

/** @param {Record<string, any>} q */
const textOf = (q) => (qStr(q, 'query') || '').toLowerCase();

module.exports = {
	/** @param {any} ctx */
	'GET /search/chats'(ctx) {
		const { state, caller, query } = ctx;
		const text = textOf(query);
		const dir = qEnum(query, 'order', ['asc', 'desc']) === 'asc' ? 1 : -1;
		const active = qBool(query, 'active');
		const subtype = qEnum(query, 'chat_subtype', ['discussion', 'thread']);
		const personal = qBool(query, 'personal');
		const inRange = createdRange(query);
		const items = [...state.chats.values()]
			.filter((c) => state.isMember(c.id, caller.user_id) || c.public)
			.filter((c) => !text || String(c.name).toLowerCase().includes(text))
			.filter((c) => active === undefined || active === !c.archived)
			.filter((c) => !subtype || (subtype === 'thread') === !!c.thread_id)
			.filter((c) => personal === undefined || personal === !!c.personal)
			.filter(inRange)
			.sort((a, b) => cmp(a.created_at, b.created_at, dir) || (a.id - b.id) * dir);
		return {
			status: 200,
			body: offsetPage(ctx, `search_chats?${text}`, items, (c) => renderChat(ctx.env, c)),
		};
	},

	/** @param {any} ctx */
	'GET /search/messages'(ctx) {
		const { state, caller, query } = ctx;
		const text = textOf(query);
		const dir = qEnum(query, 'order', ['asc', 'desc']) === 'asc' ? 1 : -1;
		const sort = qEnum(query, 'sort', ['created_at', 'relevance']) || 'created_at';
		const chatIds = qIntList(query, 'chat_ids');
		const userIds = qIntList(query, 'user_ids');
		const active = qBool(query, 'active');
		const inRange = createdRange(query);
		const hits = (/** @type {any} */ m) => (text ? String(m.content).toLowerCase().split(text).length - 1 : 0);
		const items = [...state.messages.values()]
			.filter((m) => !m.deleted_at && state.chats.has(m.chat_id))
			.filter((m) => state.isMember(m.chat_id, caller.user_id) || state.chats.get(m.chat_id).public)
			.filter((m) => !text || hits(m) > 0)
			.filter((m) => !chatIds || chatIds.includes(m.chat_id))
			.filter((m) => !userIds || userIds.includes(m.user_id))
			.filter((m) => active === undefined || active === !state.chats.get(m.chat_id).archived)
			.filter(inRange)
			.sort(
				(a, b) =>
					(sort === 'relevance' ? (hits(a) - hits(b)) * dir : 0) ||
					cmp(a.created_at, b.created_at, dir) ||
					(a.id - b.id) * dir,
			);
		return {
			status: 200,
			body: offsetPage(ctx, `search_messages?${text}`, items, (m) => renderMessage(ctx.env, m)),
		};
	},

	/** @param {any} ctx */
	'GET /search/users'(ctx) {
		const { state, query } = ctx;
		const text = textOf(query);
		const sort = qEnum(query, 'sort', ['by_score', 'alphabetical', 'creation']) || 'by_score';
		const order = qEnum(query, 'order', ['asc', 'desc']);
		const roles = qList(query, 'company_roles');
		const badRole = (roles || []).find((r) => !['admin', 'user', 'multi_guest', 'guest'].includes(r));
		if (badRole) throw fail(400, 'company_roles', badRole, 'inclusion', 'Unknown role');
		const inRange = createdRange(query);
		const fields = ['first_name', 'last_name', 'nickname', 'email', 'phone_number', 'title', 'department'];
		const score = (/** @type {any} */ u) =>
			fields.filter(
				(f) =>
					text &&
					String(u[f] || '')
						.toLowerCase()
						.includes(text),
			).length;
		const fullName = (/** @type {any} */ u) => `${u.first_name || ''} ${u.last_name || ''}`.trim().toLowerCase();
		const dir = order === 'asc' ? 1 : order === 'desc' ? -1 : sort === 'alphabetical' ? 1 : -1;
		const items = [...state.users.values()]
			.filter((u) => !text || score(u) > 0)
			.filter((u) => !roles || roles.includes(u.role))
			.filter(inRange)
			.sort((a, b) => {
				if (sort === 'alphabetical') return cmp(fullName(a), fullName(b), dir) || a.id - b.id;
				if (sort === 'creation') return cmp(a.created_at, b.created_at, dir) || (a.id - b.id) * dir;
				return (score(a) - score(b)) * dir || a.id - b.id;
			});
		return {
			status: 200,
			body: offsetPage(ctx, `search_users?${text}`, items, (u) => renderUser(ctx.env, u)),
		};
	},
};
