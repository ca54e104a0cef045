// @ts-check
'use strict';
// Stored records → the spec's response shapes: every required field present, nullable fields
// as null. Links point at the fake's own origin so nothing leaves 127.0.0.1. Message-side
// shapes live in render-messages.js and are re-exported here.

const { renderFile, renderMessage, renderThread, renderReaction } = require('./render-messages');

/** @typedef {{ state: import('./state').FakeState, origin: string }} Env */

/** @param {Env} env @param {string|null|undefined} p */
const abs = (env, p) => (p ? (p.startsWith('/') ? env.origin + p : p) : null);

/** @param {Env} env @param {string} entityType 'User'|'Task' @param {Array<{ id: number, value: any }>} values */
function renderProps(env, entityType, values) {
	return [...env.state.customProperties.values()]
		.filter((d) => d.entity_type === entityType)
		.map((d) => {
			const v = (values || []).find((x) => x.id === d.id);
			return { id: d.id, name: d.name, data_type: d.data_type, value: v ? String(v.value) : null };
		});
}

/** @param {any} s */
function renderStatus(s) {
	if (!s) return null;
	return {
		emoji: s.emoji,
		title: s.title,
		expires_at: s.expires_at || null,
		is_away: !!s.is_away,
		away_message: s.away_message ? { text: s.away_message } : null,
	};
}

/** @param {Env} env @param {any} u */
function renderUser(env, u) {
	return {
		id: u.id,
		first_name: u.first_name ?? null,
		last_name: u.last_name ?? null,
		nickname: u.nickname ?? '',
		email: u.email ?? null,
		phone_number: u.phone_number ?? null,
		department: u.department ?? null,
		title: u.title ?? null,
		role: u.role || 'user',
		suspended: !!u.suspended,
		invite_status: u.invite_status || 'confirmed',
		inviter_id: u.inviter_id ?? null,
		list_tags: [...(u.list_tags || [])],
		custom_properties: renderProps(env, 'User', u.custom_properties),
		user_status: renderStatus(env.state.statuses.get(u.id)),
		bot: !!u.bot,
		sso: !!u.sso,
		created_at: u.created_at,
		last_activity_at: u.last_activity_at ?? null,
		time_zone: u.time_zone ?? null,
		image_url: abs(env, u.image_url),
	};
}

/** @param {Env} env @param {any} c */
function renderChat(env, c) {
	return {
		id: c.id,
		name: c.name,
		created_at: c.created_at,
		owner_id: c.owner_id,
		member_ids: env.state.memberIds(c.id),
		group_tag_ids: [...(c.group_tag_ids || [])],
		channel: !!c.channel,
		archived: !!c.archived,
		personal: !!c.personal,
		public: !!c.public,
		last_message_at: c.last_message_at || c.created_at,
		meet_room_url: c.meet_room_url || `${env.origin}/meet/chat-${c.id}`,
	};
}
/** @param {Env} env @param {any} t */
function renderTag(env, t) {
	return { id: t.id, name: t.name, users_count: env.state.tagUsers(t).length };
}

/** @param {Env} env @param {any} t */
function renderTask(env, t) {
	return {
		id: t.id,
		kind: t.kind,
		content: t.content,
		due_at: t.due_at ?? null,
		priority: t.priority ?? 1,
		user_id: t.user_id,
		chat_id: t.chat_id ?? null,
		status: t.status || 'undone',
		created_at: t.created_at,
		performer_ids: [...(t.performer_ids || [])],
		all_day: !!t.all_day,
		custom_properties: renderProps(env, 'Task', t.custom_properties),
	};
}

/** BotResponse; pass a token to get BotCreateResponse. @param {any} b @param {string} [accessToken] */
function renderBot(b, accessToken) {
	const w = b.webhook || {};
	const webhook = {
		name: w.name,
		nickname: w.nickname,
		outgoing_url: w.outgoing_url || null,
		events: [...(w.events || [])],
		trigger_on: w.trigger_on || 'all_messages',
		commands: [...(w.commands || [])],
		scopes: [...(w.scopes || [])],
		template: w.template ?? null,
		template_engine: w.template_engine || 'liquid',
		challenge_key: w.challenge_key ?? null,
		link_preview_enabled: w.link_preview_enabled ?? true,
		ignore_self_messages: !!w.ignore_self_messages,
		events_history_enabled: !!w.events_history_enabled,
		single_chat: !!w.single_chat,
		can_edit: [...(w.can_edit || [])],
		who_can_add: w.who_can_add || 'creator_admin',
	};
	return accessToken === undefined ? { id: b.id, webhook } : { id: b.id, webhook, access_token: accessToken };
}

module.exports = {
	abs,
	renderProps,
	renderStatus,
	renderUser,
	renderChat,
	renderTag,
	renderTask,
	renderBot,
	renderFile,
	renderMessage,
	renderThread,
	renderReaction,
};
