// @ts-check
'use strict';
// Read-only views of the sandbox workspace for the CLI and the page (plain, flat shapes; the
// Pachca API itself is at /api/shared/v1 for anything more).

/** @typedef {import('./server').PachcaSandbox} PachcaSandbox */

/** @param {PachcaSandbox} sb @param {number} userId */
function nameOf(sb, userId) {
	const u = sb.fake.state.users.get(userId);
	return u ? [u.first_name, u.last_name].filter(Boolean).join(' ') || u.nickname : `user ${userId}`;
}

/** @param {PachcaSandbox} sb */
function summary(sb) {
	const { state } = sb.fake;
	return {
		page: sb.url + '/',
		api: sb.baseUrl,
		credentials: sb.credentials,
		bots: [...state.bots.values()].map((b) => ({
			id: b.id,
			name: b.webhook.name,
			outgoing_url: b.webhook.outgoing_url || '',
			events: b.webhook.events,
			trigger_on: b.webhook.trigger_on,
			commands: b.webhook.commands,
			incoming_webhook_url: sb.fake.incomingWebhookUrl(b.id),
			template: b.webhook.template,
		})),
		chats: state.chats.size,
		messages: state.messages.size,
		open_forms: state.views.length - sb.submittedViews.size,
		deliveries: sb.dispatcher.deliveries.length,
	};
}

/** @param {PachcaSandbox} sb */
function chatList(sb) {
	const { state } = sb.fake;
	return [...state.chats.values()]
		.filter((c) => !c.thread_id)
		.sort((a, b) => String(b.last_message_at).localeCompare(String(a.last_message_at)))
		.map((c) => ({
			id: c.id,
			name: c.name,
			kind: c.personal ? 'direct' : c.channel ? 'channel' : 'group',
			archived: Boolean(c.archived),
			members: state.memberIds(c.id).length,
			last_message_at: c.last_message_at,
		}));
}

/** @param {PachcaSandbox} sb */
function userList(sb) {
	return [...sb.fake.state.users.values()].map((u) => ({
		id: u.id,
		name: nameOf(sb, u.id),
		nickname: u.nickname,
		bot: Boolean(u.bot),
		list_tags: u.list_tags || [],
	}));
}

/** @param {PachcaSandbox} sb @param {any} m */
function messageView(sb, m) {
	const thread = sb.fake.state.threadOfMessage(m.id);
	const replies = thread
		? [...sb.fake.state.messages.values()].filter((r) => r.chat_id === thread.chat_id && !r.deleted_at)
		: [];
	return {
		id: m.id,
		chat_id: m.chat_id,
		user_id: m.user_id,
		author: nameOf(sb, m.user_id),
		content: m.content,
		buttons: m.buttons || [],
		files: (m.files || []).map((/** @type {any} */ f) => f.name),
		parent_message_id: m.parent_message_id ?? null,
		created_at: m.created_at,
		changed_at: m.changed_at && m.changed_at !== m.created_at ? m.changed_at : null,
		thread: thread
			? {
					id: thread.id,
					chat_id: thread.chat_id,
					replies: replies.map((r) => ({ id: r.id, author: nameOf(sb, r.user_id), content: r.content })),
				}
			: null,
	};
}

/** The last `limit` messages of a chat, oldest first. @param {PachcaSandbox} sb @param {number} chatId @param {number} limit */
function messagesOf(sb, chatId, limit) {
	const all = [...sb.fake.state.messages.values()]
		.filter((m) => m.chat_id === chatId && !m.deleted_at)
		.sort((a, b) => a.id - b.id);
	return all.slice(-Math.max(1, limit)).map((m) => messageView(sb, m));
}

module.exports = { summary, chatList, userList, messagesOf, messageView, nameOf };
