// @ts-check
'use strict';
// Validation of a bot's `webhook` settings object (POST /bots, PUT /bots/{id}): enums from the
// spec, unique nickname, http(s) outgoing_url ('' clears it), scopes a bot may hold.

const { SCOPE_ROLES } = require('../scopes');

const EVENTS = [
	'message_new',
	'message_update',
	'message_delete',
	'reaction_new',
	'reaction_delete',
	'button_click',
	'message_link_shared',
	'chat_member_add',
	'chat_member_remove',
	'company_member_invite',
	'company_member_confirm',
	'company_member_suspend',
	'company_member_activate',
	'company_member_delete',
	'company_member_update',
	'video_call_started',
	'video_call_finished',
	'video_call_recording_ready',
];

/** Validates a `webhook` object into a settings patch. @param {any} ctx @param {any} w @param {number|null} botId */
function readWebhook(ctx, w, botId) {
	const { v, state } = ctx;
	/** @type {Record<string, any>} */
	const p = {};
	const set = (/** @type {string} */ k, /** @type {any} */ val) => {
		if (val !== undefined) p[k] = val;
	};
	set('name', v.str(w, 'name', { required: botId === null, max: 255 }));
	set('nickname', v.str(w, 'nickname', { max: 255 }));
	if (p.nickname !== undefined && [...state.users.values()].some((u) => u.id !== botId && u.nickname === p.nickname))
		throw v.reject('nickname', p.nickname, 'taken', 'nickname has already been taken');
	const url = v.str(w, 'outgoing_url', { blankOk: true });
	if (url !== undefined && url !== '' && !/^https?:\/\/[^\s]+$/.test(url))
		throw v.reject('outgoing_url', url, 'invalid_webhook_url', 'Invalid webhook URL');
	if (url !== undefined) p.outgoing_url = url || null;
	const events = v.strArray(w, 'events');
	const badEvent = (events || []).find((/** @type {string} */ e) => !EVENTS.includes(e));
	if (badEvent) throw v.reject('events', badEvent, 'inclusion', 'Unknown event');
	set('events', events);
	set('trigger_on', v.oneOf(w, 'trigger_on', ['commands', 'all_messages', 'unfurl']));
	set('commands', v.strArray(w, 'commands'));
	const scopes = v.strArray(w, 'scopes');
	const badScope = (scopes || []).find((/** @type {string} */ s) => !(SCOPE_ROLES[s] || []).includes('bot'));
	if (badScope) throw v.reject('scopes', badScope, 'inclusion', 'Scope is not available to bots');
	set('scopes', scopes);
	set('template', v.str(w, 'template', { blankOk: true }));
	set('template_engine', v.oneOf(w, 'template_engine', ['liquid', 'mustache']));
	set('challenge_key', v.str(w, 'challenge_key', { blankOk: true }));
	for (const k of ['link_preview_enabled', 'ignore_self_messages', 'events_history_enabled', 'single_chat'])
		set(k, v.bool(w, k));
	set('who_can_add', v.oneOf(w, 'who_can_add', ['creator', 'creator_admin', 'creator_admin_user', 'anyone']));
	const canEdit = v.strArray(w, 'can_edit');
	if ((canEdit || []).some((/** @type {string} */ c) => c !== 'admin' && c !== 'chat_owners'))
		throw v.reject('can_edit', canEdit, 'inclusion', 'can_edit must hold admin or chat_owners');
	set('can_edit', canEdit);
	return p;
}

module.exports = { readWebhook, EVENTS };
