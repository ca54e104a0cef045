// @ts-check
'use strict';
// Webhook payloads the end-to-end runs deliver to the Pachca Trigger, shaped as Pachca sends them.

/**
 * A well-formed message_new payload in General (chat 101) from Anna (user 4), without the timestamp.
 * @param {number} id
 * @param {string} content
 */
function messagePayload(id, content) {
	return {
		type: 'message',
		id,
		event: 'new',
		entity_type: 'discussion',
		entity_id: 101,
		content,
		user_id: 4,
		created_at: new Date().toISOString(),
		url: '',
		chat_id: 101,
		parent_message_id: null,
		thread: null,
	};
}

module.exports = { messagePayload };
