// @ts-check
'use strict';
// Message-side response shapes: files, messages (entity/thread fields derived from the chat
// they live in), threads, reactions.

/** @typedef {import('./render').Env} Env */

const EMOJI_NAMES = /** @type {Record<string, string>} */ ({
	'👍': ':+1:',
	'🔥': ':fire:',
	'🎉': ':tada:',
	'❤️': ':heart:',
	'😂': ':joy:',
	'👀': ':eyes:',
	'✅': ':white_check_mark:',
});

/** @param {Env} env @param {any} f */
function renderFile(env, f) {
	return {
		id: f.id,
		key: f.key,
		name: f.name,
		file_type: f.file_type,
		url: `${env.origin}/files/${encodeURI(f.key)}`,
		width: f.width ?? null,
		height: f.height ?? null,
	};
}

/** @param {Env} env @param {any} m */
function renderMessage(env, m) {
	const st = env.state;
	const chatThread = st.threadOfChat(m.chat_id);
	const own = st.threadOfMessage(m.id);
	const voice = (m.files || []).find((/** @type {any} */ f) => f.file_type === 'voice');
	const author = st.users.get(m.user_id);
	/** @type {Record<string, any>} */
	const out = {
		id: m.id,
		entity_type: chatThread ? 'thread' : 'discussion',
		entity_id: chatThread ? chatThread.id : m.chat_id,
		chat_id: m.chat_id,
		root_chat_id: chatThread && chatThread.message_chat_id ? chatThread.message_chat_id : m.chat_id,
		content: m.content,
		user_id: m.user_id,
		created_at: m.created_at,
		url: `${env.origin}/chats/${m.chat_id}?message=${m.id}`,
		files: (m.files || []).map((/** @type {any} */ f) => renderFile(env, f)),
		voice_content: voice
			? { duration_ms: voice.duration_ms || 1000, waveform: voice.waveform || '', transcript: null }
			: null,
		buttons: m.buttons || null,
		thread: own ? { id: own.id, chat_id: own.chat_id } : null,
		forwarding: m.forwarding || null,
		parent_message_id: m.parent_message_id ?? null,
	};
	// Only bot messages carry the display fields.
	if (author && author.bot) {
		out.display_avatar_url = m.display_avatar_url ?? null;
		out.display_name = m.display_name ?? null;
	}
	out.changed_at = m.changed_at ?? null;
	out.deleted_at = m.deleted_at ?? null;
	return out;
}

/** @param {any} t */
function renderThread(t) {
	return {
		id: t.id,
		chat_id: t.chat_id,
		message_id: t.message_id ?? null,
		message_chat_id: t.message_chat_id ?? null,
		updated_at: t.updated_at,
	};
}

/** @param {any} r */
function renderReaction(r) {
	return {
		user_id: r.user_id,
		created_at: r.created_at,
		code: r.code,
		name: r.name || EMOJI_NAMES[r.code] || '',
	};
}

module.exports = { renderFile, renderMessage, renderThread, renderReaction };
