// @ts-check
'use strict';
// Chats: create, list (availability/archived/personal/last_message_at filters, sort+order),
// get, edit, archive, unarchive. Thread chats are not listed here (see /threads, /search/chats).

const { created, ok, empty } = require('../reply');
const { pathInt } = require('../validate');
const { qBool, qDate, qEnum } = require('../query');
const { keysetPage } = require('../paginate');
const { renderChat } = require('../render');
const { mustChat, mustUsers, mustTag } = require('../lookups');
const { audit, emitWebhook } = require('../events');

/**
 * Adds a tag to a chat: the tag's users become members. Shared with the members routes.
 * @param {any} state
 * @param {any} chat
 * @param {any} tag
 */
function attachTag(state, chat, tag) {
	if (!chat.group_tag_ids.includes(tag.id)) chat.group_tag_ids.push(tag.id);
	return state
		.tagUsers(tag)
		.filter((/** @type {any} */ u) => state.addMember(chat.id, u.id, 'member'))
		.map((/** @type {any} */ u) => u.id);
}

module.exports = {
	attachTag,
	routes: {
		/** @param {any} ctx */
		'POST /chats'(ctx) {
			const { v, state, caller } = ctx;
			const c = v.wrapper(ctx.body, 'chat');
			const name = v.str(c, 'name', { required: true, max: 255 });
			const memberIds = mustUsers(ctx, v.intArray(c, 'member_ids') || [], 'member_ids');
			const tagIds = v.intArray(c, 'group_tag_ids') || [];
			const tags = tagIds.map((/** @type {number} */ id) => mustTag(ctx, id, 'group_tag_ids'));
			const chat = state.addChat({
				name,
				owner_id: caller.user_id,
				channel: v.bool(c, 'channel') ?? false,
				public: v.bool(c, 'public') ?? false,
			});
			for (const id of memberIds) state.addMember(chat.id, id, 'member');
			for (const tag of tags) attachTag(state, chat, tag);
			audit(state, 'chat_created', 'Chat', chat.id, caller.user_id);
			emitWebhook(state, 'chat_member_add', chat.id, {
				type: 'chat_member',
				event: 'add',
				chat_id: chat.id,
				user_ids: state.memberIds(chat.id),
				created_at: chat.created_at,
			});
			return created(renderChat(ctx.env, chat));
		},

		/** @param {any} ctx */
		'GET /chats'(ctx) {
			const { state, caller, query } = ctx;
			const sort = qEnum(query, 'sort', ['id', 'last_message_at']) || 'id';
			const dir = qEnum(query, 'order', ['asc', 'desc']) === 'asc' ? 1 : -1;
			const availability = qEnum(query, 'availability', ['is_member', 'public']) || 'is_member';
			const archived = qBool(query, 'archived') ?? false;
			const personal = qBool(query, 'personal');
			const after = qDate(query, 'last_message_at_after');
			const before = qDate(query, 'last_message_at_before');
			const key = (/** @type {any} */ c) => (sort === 'id' ? [c.id] : [c.last_message_at || c.created_at, c.id]);
			const items = [...state.chats.values()]
				.filter((c) => !c.thread_id)
				.filter((c) => (availability === 'public' ? c.public : state.isMember(c.id, caller.user_id)))
				.filter((c) => archived || !c.archived) // archived=true adds archived chats to the active ones
				.filter((c) => personal === undefined || !!c.personal === personal)
				.filter((c) => !after || (c.last_message_at || c.created_at) >= after)
				.filter((c) => !before || (c.last_message_at || c.created_at) <= before)
				.sort((a, b) => {
					const ka = key(a);
					const kb = key(b);
					return (ka[0] < kb[0] ? -1 : ka[0] > kb[0] ? 1 : (ka[1] || 0) - (kb[1] || 0)) * dir;
				});
			return {
				status: 200,
				body: keysetPage(ctx, `chats:${sort}`, items, key, dir, (c) => renderChat(ctx.env, c)),
			};
		},

		/** @param {any} ctx */
		'GET /chats/{id}'(ctx) {
			return ok(renderChat(ctx.env, mustChat(ctx, pathInt(ctx.params, 'id'))));
		},

		/** @param {any} ctx */
		'PUT /chats/{id}'(ctx) {
			const { v, state, caller } = ctx;
			const chat = mustChat(ctx, pathInt(ctx.params, 'id'));
			const c = v.wrapper(ctx.body, 'chat');
			const name = v.str(c, 'name', { max: 255 });
			if (name !== undefined && name.trim() === '') throw v.reject('name', name, 'blank', "name can't be blank");
			const isPublic = v.bool(c, 'public');
			if (name !== undefined && name !== chat.name) {
				audit(state, 'chat_renamed', 'Chat', chat.id, caller.user_id, {
					old_name: chat.name,
					new_name: name,
				});
				chat.name = name;
			}
			if (isPublic !== undefined) chat.public = isPublic;
			return ok(renderChat(ctx.env, chat));
		},

		/** @param {any} ctx */
		'PUT /chats/{id}/archive'(ctx) {
			mustChat(ctx, pathInt(ctx.params, 'id')).archived = true;
			return empty();
		},

		/** @param {any} ctx */
		'PUT /chats/{id}/unarchive'(ctx) {
			mustChat(ctx, pathInt(ctx.params, 'id')).archived = false;
			return empty();
		},
	},
};
