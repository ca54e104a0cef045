// @ts-check
'use strict';
// Chat members and chat tags: list (role filter), add users, remove, change role, leave,
// add tags (their users join), remove a tag.

const { empty } = require('../reply');
const { pathInt } = require('../validate');
const { qEnum } = require('../query');
const { keysetPage } = require('../paginate');
const { renderUser } = require('../render');
const { mustChat, mustUsers, mustTag, mustUser } = require('../lookups');
const { fail, notFound } = require('../errors');
const { emitWebhook, audit } = require('../events');
const { attachTag } = require('./chats');

/** @param {any} ctx @param {any} chat @param {string} event @param {number[]} ids */
function memberEvent(ctx, chat, event, ids) {
	if (!ids.length) return;
	const t = ctx.state.threadOfChat(chat.id);
	emitWebhook(
		ctx.state,
		`chat_member_${event}`,
		chat.id,
		{
			type: 'chat_member',
			event,
			chat_id: chat.id,
			...(t ? { thread_id: t.id } : {}),
			user_ids: ids,
			created_at: ctx.state.nowIso(),
		},
		ctx.caller.user_id,
	);
}

/** Member operations make no sense for a one-on-one chat. @param {any} ctx @param {any} chat */
function notPersonal(ctx, chat) {
	if (chat.personal) throw ctx.v.reject('id', chat.id, 'personal_chat', 'Not available for direct messages');
}

module.exports = {
	/** @param {any} ctx */
	'GET /chats/{id}/members'(ctx) {
		const { state } = ctx;
		const chat = mustChat(ctx, pathInt(ctx.params, 'id'));
		const role = qEnum(ctx.query, 'role', ['all', 'owner', 'admin', 'editor', 'member']) || 'all';
		const items = (state.members.get(chat.id) || [])
			.filter((/** @type {any} */ m) => role === 'all' || m.role === role)
			.map((/** @type {any} */ m) => state.users.get(m.user_id))
			.filter(Boolean)
			.sort((/** @type {any} */ a, /** @type {any} */ b) => a.id - b.id);
		return {
			status: 200,
			body: keysetPage(
				ctx,
				`members:${chat.id}:${role}`,
				items,
				(u) => [u.id],
				1,
				(u) => renderUser(ctx.env, u),
			),
		};
	},

	/** @param {any} ctx */
	'POST /chats/{id}/members'(ctx) {
		const { v, state } = ctx;
		const chat = mustChat(ctx, pathInt(ctx.params, 'id'));
		const body = v.object(ctx.body);
		const ids = mustUsers(
			ctx,
			/** @type {number[]} */ (v.intArray(body, 'member_ids', { required: true, nonEmpty: true })),
			'member_ids',
		);
		v.bool(body, 'silent');
		notPersonal(ctx, chat);
		const added = ids.filter((id) => state.addMember(chat.id, id, 'member'));
		for (const id of added) audit(state, 'user_chat_join', 'Chat', chat.id, id, { inviter_id: ctx.caller.user_id });
		memberEvent(ctx, chat, 'add', added);
		return empty();
	},

	/** @param {any} ctx */
	'DELETE /chats/{id}/members/{user_id}'(ctx) {
		const { state } = ctx;
		const chat = mustChat(ctx, pathInt(ctx.params, 'id'));
		const userId = pathInt(ctx.params, 'user_id');
		mustUser(ctx, userId, 'user_id');
		if (!state.isMember(chat.id, userId)) throw notFound('user_id', userId);
		if (chat.owner_id === userId)
			throw fail(403, 'user_id', userId, 'cannot_kick_owner', 'The chat owner cannot be removed');
		state.members.set(
			chat.id,
			state.members.get(chat.id).filter((/** @type {any} */ m) => m.user_id !== userId),
		);
		audit(state, 'user_chat_leave', 'Chat', chat.id, userId);
		memberEvent(ctx, chat, 'remove', [userId]);
		return empty();
	},

	/** @param {any} ctx */
	'PUT /chats/{id}/members/{user_id}'(ctx) {
		const { v, state } = ctx;
		const chat = mustChat(ctx, pathInt(ctx.params, 'id'));
		const userId = pathInt(ctx.params, 'user_id');
		const role = v.oneOf(v.object(ctx.body), 'role', ['admin', 'editor', 'member'], {
			required: true,
		});
		const member = (state.members.get(chat.id) || []).find((/** @type {any} */ m) => m.user_id === userId);
		if (!member) throw notFound('user_id', userId);
		notPersonal(ctx, chat);
		if (chat.owner_id === userId)
			throw v.reject('user_id', userId, 'owner_protected', "The chat owner's role cannot be changed");
		member.role = role;
		return empty();
	},

	/** @param {any} ctx */
	'DELETE /chats/{id}/leave'(ctx) {
		const { v, state, caller } = ctx;
		const chat = mustChat(ctx, pathInt(ctx.params, 'id'));
		notPersonal(ctx, chat);
		if (!state.isMember(chat.id, caller.user_id))
			throw v.reject('id', chat.id, 'not_found', 'You are not a member of this chat');
		state.members.set(
			chat.id,
			state.members.get(chat.id).filter((/** @type {any} */ m) => m.user_id !== caller.user_id),
		);
		audit(state, 'user_chat_leave', 'Chat', chat.id, caller.user_id);
		memberEvent(ctx, chat, 'remove', [caller.user_id]);
		return empty();
	},

	/** @param {any} ctx */
	'POST /chats/{id}/group_tags'(ctx) {
		const { v, state } = ctx;
		const chat = mustChat(ctx, pathInt(ctx.params, 'id'));
		const ids = /** @type {number[]} */ (
			v.intArray(v.object(ctx.body), 'group_tag_ids', { required: true, nonEmpty: true })
		);
		const tags = ids.map((id) => mustTag(ctx, id, 'group_tag_ids'));
		notPersonal(ctx, chat);
		const added = tags.flatMap((tag) => {
			audit(state, 'tag_added_to_chat', 'Chat', chat.id, ctx.caller.user_id, {
				chat_id: chat.id,
				tag_name: tag.name,
			});
			return attachTag(state, chat, tag);
		});
		memberEvent(ctx, chat, 'add', added);
		return empty();
	},

	/** @param {any} ctx */
	'DELETE /chats/{id}/group_tags/{tag_id}'(ctx) {
		const chat = mustChat(ctx, pathInt(ctx.params, 'id'));
		const tagId = pathInt(ctx.params, 'tag_id');
		if (!(chat.group_tag_ids || []).includes(tagId)) throw notFound('tag_id', tagId);
		chat.group_tag_ids = chat.group_tag_ids.filter((/** @type {number} */ id) => id !== tagId);
		return empty();
	},
};
