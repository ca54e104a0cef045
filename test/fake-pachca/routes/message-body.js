// @ts-check
'use strict';
// Parts of message bodies shared by create and edit: `files` (the extension of `name` must
// match the key's, else 422 wrong_params, as Pachca does), `buttons` rows, and the
// MessageWebhookPayload recorded in bot event history.

const { renderMessage } = require('../render');

const FILE_TYPES = ['file', 'image', 'audio', 'voice'];
const ext = (/** @type {string} */ s) => (/\.([^./]+)$/.exec(s) || [])[1] || '';

/** Validates `files` of a create/update body and assigns file ids. @param {any} ctx @param {any} list @param {boolean} creating */
function readFiles(ctx, list, creating) {
	const { v, state } = ctx;
	if (list === undefined || list === null) return undefined;
	if (!Array.isArray(list)) throw v.reject('files', list, 'invalid', 'files must be an array');
	return list.map((f) => {
		if (!f || typeof f !== 'object') throw v.reject('files', f, 'invalid', 'file must be an object');
		const key = v.str(f, 'key', { required: true });
		const name = v.str(f, 'name', { required: true });
		const fileType = v.oneOf(f, 'file_type', FILE_TYPES, { required: creating }) || 'file';
		const size = v.int(f, 'size', { required: creating });
		const keyExt = ext(String(key));
		if (keyExt && !key.endsWith('${filename}') && keyExt.toLowerCase() !== ext(String(name)).toLowerCase()) {
			throw v.reject('name', name, 'wrong_params', 'File name extension must match the extension of the file key');
		}
		return {
			id: state.nextId('file'),
			key,
			name,
			file_type: fileType,
			size,
			width: v.int(f, 'width'),
			height: v.int(f, 'height'),
			duration_ms: v.int(f, 'duration_ms'),
			waveform: v.str(f, 'waveform'),
		};
	});
}

/** @param {any} ctx @param {any} rows */
function readButtons(ctx, rows) {
	const { v } = ctx;
	if (rows === undefined || rows === null) return undefined;
	const okRows =
		Array.isArray(rows) && rows.every((r) => Array.isArray(r) && r.every((b) => b && typeof b === 'object'));
	if (!okRows) throw v.reject('buttons', rows, 'invalid', 'buttons must be an array of rows of buttons');
	return rows.map((r) =>
		r.map((/** @type {any} */ b) => {
			const text = v.str(b, 'text', { required: true, max: 255 });
			const url = v.str(b, 'url');
			const data = v.str(b, 'data', { max: 255 });
			if (url === undefined && data === undefined)
				throw v.reject('buttons', b, 'invalid', 'A button needs url or data');
			return {
				text,
				...(url !== undefined ? { url } : {}),
				...(data !== undefined ? { data } : {}),
			};
		}),
	);
}

/** MessageWebhookPayload for the bot event history. @param {any} ctx @param {any} m @param {string} event */
function webhookPayload(ctx, m, event) {
	const r = renderMessage(ctx.env, m);
	const t = ctx.state.threadOfChat(m.chat_id); // comments carry their thread's root message
	const thread = t && t.message_id ? { message_id: t.message_id, message_chat_id: t.message_chat_id } : null;
	return {
		type: 'message',
		id: r.id,
		event,
		entity_type: r.entity_type,
		entity_id: r.entity_id,
		content: r.content,
		user_id: r.user_id,
		created_at: r.created_at,
		url: r.url,
		chat_id: r.chat_id,
		parent_message_id: r.parent_message_id,
		thread,
	};
}

module.exports = { readFiles, readButtons, webhookPayload };
