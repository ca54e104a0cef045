// @ts-check
'use strict';
// Audit log (owner token, Corporation plan): filters by time range, event key, actor and
// entity; newest first.

const { qDate, qStr } = require('../query');
const { keysetPage } = require('../paginate');
const { fail } = require('../errors');

const EVENT_KEYS = [
	'user_login',
	'user_logout',
	'user_2fa_fail',
	'user_2fa_success',
	'user_created',
	'user_deleted',
	'user_role_changed',
	'user_updated',
	'tag_created',
	'tag_deleted',
	'user_added_to_tag',
	'user_removed_from_tag',
	'chat_created',
	'chat_renamed',
	'chat_permission_changed',
	'user_chat_join',
	'user_chat_leave',
	'tag_added_to_chat',
	'tag_removed_from_chat',
	'message_updated',
	'message_deleted',
	'message_created',
	'reaction_created',
	'reaction_deleted',
	'thread_created',
	'access_token_created',
	'access_token_updated',
	'access_token_destroy',
	'kms_encrypt',
	'kms_decrypt',
	'audit_events_accessed',
	'dlp_violation_detected',
	'search_users_api',
	'search_chats_api',
	'search_messages_api',
	'bot_scopes_updated',
	'bot_webhook_settings_updated',
	'bot_token_recreated',
	'bot_deleted',
	'bot_oauth_client_updated',
	'oauth_authorization_granted',
	'oauth_authorization_revoked',
	'video_call_started',
	'video_call_finished',
	'video_call_recording_ready',
];

/** @param {any} e */
const render = (e) => ({
	id: e.id,
	created_at: e.created_at,
	event_key: e.event_key,
	entity_id: e.entity_id,
	entity_type: e.entity_type,
	actor_id: e.actor_id,
	actor_type: e.actor_type,
	details: e.details || {},
	ip_address: e.ip_address ?? null,
	user_agent: e.user_agent ?? null,
});

module.exports = {
	/** @param {any} ctx */
	'GET /audit_events'(ctx) {
		const q = ctx.query;
		const start = qDate(q, 'start_time');
		const end = qDate(q, 'end_time');
		if (start && end && start > end)
			throw fail(422, 'start_time', start, 'invalid_date_range', 'start_time must not be after end_time');
		const key = qStr(q, 'event_key');
		if (key !== undefined && !EVENT_KEYS.includes(key))
			throw fail(422, 'event_key', key, 'inclusion', 'Unknown event_key');
		/** @type {Array<[string, string|undefined]>} */
		const exact = ['actor_id', 'actor_type', 'entity_id', 'entity_type'].map((k) => [k, qStr(q, k)]);
		const items = ctx.state.auditEvents
			.filter(
				(/** @type {any} */ e) =>
					(!start || e.created_at >= start) && (!end || e.created_at <= end) && (!key || e.event_key === key),
			)
			.filter((/** @type {any} */ e) => exact.every(([k, val]) => val === undefined || String(e[k]) === val))
			.sort((/** @type {any} */ a, /** @type {any} */ b) =>
				a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : b.seq - a.seq,
			);
		return {
			status: 200,
			body: keysetPage(ctx, 'audit_events', items, (e) => [e.created_at, e.seq], -1, render),
		};
	},
};
