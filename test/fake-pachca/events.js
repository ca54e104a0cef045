// @ts-check
'use strict';
// Side effects of writes: bot event history (GET /webhooks/events) and the audit log
// (GET /audit_events). Ids are deterministic strings shaped like Pachca's (26-char ULID-ish
// for webhook events, UUID-ish for audit events).

/** @typedef {import('./state').FakeState} FakeState */

/** @param {number} n */
const eventId = (n) => `01FAKEEVT${String(n).padStart(17, '0')}`;
/** @param {number} n */
const auditId = (n) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * For every bot that subscribes to `eventName` and is a member of the chat (or of the chat its
 * thread hangs off): hands the event to `state.onWebhook` (outgoing webhook) and records it in
 * the bot's event history when that is enabled.
 * @param {FakeState} state
 * @param {string} eventName BotEventName, e.g. 'message_new'
 * @param {number|null} chatId null for company-wide events
 * @param {object} payload webhook payload without webhook_timestamp
 * @param {number} [actorId] the user who caused it (for ignore_self_messages)
 */
function emitWebhook(state, eventName, chatId, payload, actorId) {
	const thread = chatId ? state.threadOfChat(chatId) : undefined;
	const chats = [chatId, thread && thread.message_chat_id].filter((x) => x);
	const createdAt = state.nowIso();
	for (const bot of state.bots.values()) {
		const w = bot.webhook || {};
		if (!(w.events || []).includes(eventName)) continue;
		if (chatId && !chats.some((c) => state.isMember(/** @type {number} */ (c), bot.id))) continue;
		if (actorId === bot.id && w.ignore_self_messages) continue;
		if (state.onWebhook) state.onWebhook(bot, eventName, payload);
		if (!w.events_history_enabled) continue;
		const n = state.nextId('event');
		state.webhookEvents.push({
			id: eventId(n),
			seq: n,
			bot_id: bot.id,
			event_type: eventName,
			payload: { ...payload, webhook_timestamp: Math.floor(Date.parse(createdAt) / 1000) },
			created_at: createdAt,
		});
	}
}

/**
 * @param {FakeState} state
 * @param {string} eventKey AuditEventKey
 * @param {string} entityType e.g. 'User', 'Chat', 'Message'
 * @param {number|string} entityId
 * @param {number|null} actorId
 * @param {object} [details]
 */
function audit(state, eventKey, entityType, entityId, actorId, details = {}) {
	const n = state.nextId('audit');
	state.auditEvents.push({
		id: auditId(n),
		seq: n,
		created_at: state.nowIso(),
		event_key: eventKey,
		entity_id: String(entityId),
		entity_type: entityType,
		actor_id: actorId === null ? '' : String(actorId),
		actor_type: 'User',
		details,
		ip_address: '127.0.0.1',
		user_agent: 'fake-pachca',
	});
}

module.exports = { emitWebhook, audit, eventId, auditId };
