// @ts-check
'use strict';
// Field defaults for stored records, so a test can seed a partial record (only the fields it
// cares about) and still get complete spec shapes back.

/** @param {number} id @param {string} now */
function userDefaults(id, now) {
	return {
		first_name: null,
		last_name: null,
		nickname: `user${id}`,
		email: null,
		phone_number: null,
		department: null,
		title: null,
		role: 'user',
		suspended: false,
		invite_status: 'confirmed',
		inviter_id: null,
		list_tags: [],
		custom_properties: [],
		bot: false,
		sso: false,
		created_at: now,
		last_activity_at: null,
		time_zone: 'Europe/Moscow',
		image_url: null,
	};
}

/** `thread_id` marks a thread's own chat. @param {string} created */
function chatDefaults(created) {
	return {
		name: '',
		owner_id: null,
		group_tag_ids: [],
		channel: false,
		archived: false,
		personal: false,
		public: false,
		last_message_at: created,
		thread_id: null,
	};
}

/** `pinned` is the fake's own flag (the API has no pin listing). @param {string} created */
function messageDefaults(created) {
	return {
		chat_id: 0,
		user_id: 0,
		content: '',
		files: [],
		buttons: null,
		parent_message_id: null,
		forwarding: null,
		display_name: null,
		display_avatar_url: null,
		changed_at: created,
		deleted_at: null,
		pinned: false,
	};
}

module.exports = { userDefaults, chatDefaults, messageDefaults };
