// @ts-check
'use strict';
// Employee status and avatar (admin routes under /users/{user_id}); the profile routes reuse
// the same helpers. GET status answers a bare `null` body when no status is set (per spec).

const { ok, json, empty } = require('../reply');
const { pathInt } = require('../validate');
const { renderStatus } = require('../render');
const { mustUser } = require('../lookups');
const { fail } = require('../errors');

/** @param {any} ctx @param {number} userId */
function getStatus(ctx, userId) {
	const s = ctx.state.statuses.get(userId);
	return s ? ok(renderStatus(s)) : json(200, null);
}

/** @param {any} ctx @param {number} userId */
function setStatus(ctx, userId) {
	const { v } = ctx;
	const s = v.wrapper(ctx.body, 'status');
	const emoji = /** @type {string} */ (v.str(s, 'emoji', { required: true }));
	if (/[\p{L}\p{N}]/u.test(emoji)) throw v.reject('emoji', emoji, 'wrong_emoji', 'emoji must be an emoji character');
	const status = {
		emoji,
		title: v.str(s, 'title', { required: true, max: 50 }),
		expires_at: v.dateTime(s, 'expires_at') ?? null,
		is_away: v.bool(s, 'is_away') ?? false,
		away_message: v.str(s, 'away_message', { max: 1024 }) ?? null,
	};
	ctx.state.statuses.set(userId, status);
	return ok(renderStatus(status));
}

/** @param {any} ctx @param {number} userId */
function deleteStatus(ctx, userId) {
	ctx.state.statuses.delete(userId);
	return empty();
}

/** multipart field `image` → stored as an upload and set as the user's image_url. @param {any} ctx @param {any} user */
function setAvatar(ctx, user) {
	const form = ctx.body;
	const file =
		form && Array.isArray(form.files) ? form.files.find((/** @type {any} */ f) => f.field === 'image') : null;
	if (!file)
		throw fail(
			ctx.op.codes.includes(422) ? 422 : 400,
			'image',
			null,
			'blank',
			'image is required (multipart/form-data field "image")',
		);
	const key = `avatars/${user.id}/${ctx.state.nextId('upload')}/${file.filename}`;
	ctx.state.uploads.set(key, {
		key,
		filename: file.filename,
		contentType: file.contentType,
		size: file.size,
		content: file.content,
		uploaded_at: ctx.state.nowIso(),
	});
	user.image_url = `/files/${encodeURI(key)}`;
	return ok({ image_url: ctx.env.origin + user.image_url });
}

/** @param {any} user */
function deleteAvatar(user) {
	user.image_url = null;
	return empty();
}

const userOf = (/** @type {any} */ ctx) => mustUser(ctx, pathInt(ctx.params, 'user_id'), 'user_id');

module.exports = {
	helpers: { getStatus, setStatus, deleteStatus, setAvatar, deleteAvatar },
	routes: {
		/** @param {any} ctx */
		'GET /users/{user_id}/status': (ctx) => getStatus(ctx, userOf(ctx).id),
		/** @param {any} ctx */
		'PUT /users/{user_id}/status': (ctx) => setStatus(ctx, userOf(ctx).id),
		/** @param {any} ctx */
		'DELETE /users/{user_id}/status': (ctx) => deleteStatus(ctx, userOf(ctx).id),
		/** @param {any} ctx */
		'PUT /users/{user_id}/avatar': (ctx) => setAvatar(ctx, userOf(ctx)),
		/** @param {any} ctx */
		'DELETE /users/{user_id}/avatar': (ctx) => deleteAvatar(userOf(ctx)),
	},
};
