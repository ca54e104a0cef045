// @ts-check
'use strict';
// Messages: send (to a chat, a thread or a user's DM), list by chat, get, edit, delete.

const { created, ok, empty } = require('../reply');
const { pathInt } = require('../validate');
const { qInt, qEnum } = require('../query');
const { keysetPage } = require('../paginate');
const { renderMessage } = require('../render');
const { mustChat, mustMessage, mustUser } = require('../lookups');
const { notFound } = require('../errors');
const { emitWebhook, audit } = require('../events');
const { readFiles, readButtons, webhookPayload } = require('./message-body');

module.exports = {
	/** @param {any} ctx */
	'POST /messages'(ctx) {
		const { v, state, caller } = ctx;
		const body = v.object(ctx.body);
		const msg = v.wrapper(body, 'message');
		const entityType = v.oneOf(msg, 'entity_type', ['discussion', 'thread', 'user']) || 'discussion';
		const entityId = /** @type {number} */ (v.int(msg, 'entity_id', { required: true }));
		const files = readFiles(ctx, msg.files, true) || [];
		const buttons = readButtons(ctx, msg.buttons);
		const content = v.str(msg, 'content', { blankOk: true });
		if ((content || '').trim() === '' && files.length === 0)
			throw v.reject('content', content ?? null, 'blank', "content can't be blank");
		const parentId = v.int(msg, 'parent_message_id');
		const displayName = v.str(msg, 'display_name', { max: 255 });
		const displayAvatar = v.str(msg, 'display_avatar_url', { max: 255 });
		v.bool(msg, 'skip_invite_mentions');
		v.bool(body, 'link_preview');

		let chat;
		if (entityType === 'thread') {
			const thread = state.threads.get(entityId);
			if (!thread) throw notFound('entity_id', entityId);
			chat = mustChat(ctx, thread.chat_id, 'entity_id');
			state.addMember(chat.id, caller.user_id, 'member'); // commenting joins the thread
		} else if (entityType === 'user') {
			mustUser(ctx, entityId, 'entity_id');
			if (entityId === caller.user_id)
				throw v.reject('entity_id', entityId, 'personal_chat', 'Cannot send a direct message to yourself');
			chat = state.personalChat(caller.user_id, entityId);
		} else {
			chat = mustChat(ctx, entityId, 'entity_id');
		}
		if (chat.archived) throw v.reject('entity_id', entityId, 'invalid', 'Chat is archived');
		if (parentId !== undefined) mustMessage(ctx, parentId, 'parent_message_id');
		const isBot = caller.role === 'bot';
		const m = state.addMessage({
			chat_id: chat.id,
			user_id: caller.user_id,
			content: content || '',
			files,
			buttons: buttons || null,
			parent_message_id: parentId ?? null,
			display_name: isBot ? (displayName ?? null) : null,
			display_avatar_url: isBot ? (displayAvatar ?? null) : null,
		});
		emitWebhook(state, 'message_new', chat.id, webhookPayload(ctx, m, 'new'), caller.user_id);
		audit(state, 'message_created', 'Message', m.id, caller.user_id);
		return created(renderMessage(ctx.env, m));
	},

	/** @param {any} ctx */
	'GET /messages'(ctx) {
		const chatId = /** @type {number} */ (qInt(ctx.query, 'chat_id', { required: true }));
		mustChat(ctx, chatId, 'chat_id');
		qEnum(ctx.query, 'sort', ['id']);
		const dir = qEnum(ctx.query, 'order', ['asc', 'desc']) === 'asc' ? 1 : -1;
		const items = [...ctx.state.messages.values()]
			.filter((m) => m.chat_id === chatId && !m.deleted_at)
			.sort((a, b) => (a.id - b.id) * dir);
		return {
			status: 200,
			body: keysetPage(
				ctx,
				`messages:${chatId}`,
				items,
				(m) => [m.id],
				dir,
				(m) => renderMessage(ctx.env, m),
			),
		};
	},

	/** @param {any} ctx */
	'GET /messages/{id}'(ctx) {
		return ok(renderMessage(ctx.env, mustMessage(ctx, pathInt(ctx.params, 'id'))));
	},

	/** @param {any} ctx */
	'PUT /messages/{id}'(ctx) {
		const { v, state, caller } = ctx;
		const m = mustMessage(ctx, pathInt(ctx.params, 'id'));
		const msg = v.wrapper(ctx.body, 'message');
		const files = readFiles(ctx, msg.files, false);
		const buttons = readButtons(ctx, msg.buttons);
		const content = v.str(msg, 'content', { blankOk: true });
		if (content !== undefined && content.trim() === '' && (files || m.files || []).length === 0)
			throw v.reject('content', content, 'blank', "content can't be blank");
		const displayName = v.str(msg, 'display_name', { max: 255 });
		const displayAvatar = v.str(msg, 'display_avatar_url', { max: 255 });
		if (content !== undefined) m.content = content;
		if (files !== undefined) m.files = files;
		if (buttons !== undefined) m.buttons = buttons.length ? buttons : null;
		if (caller.role === 'bot' && displayName !== undefined) m.display_name = displayName;
		if (caller.role === 'bot' && displayAvatar !== undefined) m.display_avatar_url = displayAvatar;
		m.changed_at = state.nowIso();
		emitWebhook(
			state,
			'message_update',
			m.chat_id,
			{ ...webhookPayload(ctx, m, 'update'), changed_at: m.changed_at },
			caller.user_id,
		);
		audit(state, 'message_updated', 'Message', m.id, caller.user_id);
		return ok(renderMessage(ctx.env, m));
	},

	/** @param {any} ctx */
	'DELETE /messages/{id}'(ctx) {
		const { state, caller } = ctx;
		const m = mustMessage(ctx, pathInt(ctx.params, 'id'));
		m.deleted_at = state.nowIso();
		m.pinned = false;
		emitWebhook(state, 'message_delete', m.chat_id, webhookPayload(ctx, m, 'delete'), caller.user_id);
		audit(state, 'message_deleted', 'Message', m.id, caller.user_id);
		return empty();
	},
};
