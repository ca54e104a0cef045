// @ts-check
'use strict';
// The caller's own profile, status and avatar.

const { ok } = require('../reply');
const { renderUser } = require('../render');
const { helpers } = require('./status-avatar');

module.exports = {
	/** @param {any} ctx */
	'GET /profile': (ctx) => ok(renderUser(ctx.env, ctx.caller.user)),
	/** @param {any} ctx */
	'GET /profile/status': (ctx) => helpers.getStatus(ctx, ctx.caller.user_id),
	/** @param {any} ctx */
	'PUT /profile/status': (ctx) => helpers.setStatus(ctx, ctx.caller.user_id),
	/** @param {any} ctx */
	'DELETE /profile/status': (ctx) => helpers.deleteStatus(ctx, ctx.caller.user_id),
	/** @param {any} ctx */
	'PUT /profile/avatar': (ctx) => helpers.setAvatar(ctx, ctx.caller.user),
	/** @param {any} ctx */
	'DELETE /profile/avatar': (ctx) => helpers.deleteAvatar(ctx.caller.user),
};
