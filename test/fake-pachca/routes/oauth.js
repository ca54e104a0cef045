// @ts-check
'use strict';
// GET /oauth/token/info: any valid token, no scope needed. The token comes back masked
// (first 8 and last 4 characters); `name` is null for bot tokens.

const { ok } = require('../reply');

/** @param {string} t */
const mask = (t) => (t.length > 12 ? `${t.slice(0, 8)}...${t.slice(-4)}` : `${t.slice(0, Math.min(8, t.length))}...`);

module.exports = {
	/** @param {any} ctx */
	'GET /oauth/token/info'(ctx) {
		const rec = ctx.caller.rec;
		return ok({
			id: rec.id,
			token: mask(rec.token),
			name: rec.role === 'bot' ? null : (rec.name ?? null),
			user_id: rec.user_id,
			scopes: ctx.fake.tokenScopes(rec),
			created_at: rec.created_at,
			revoked_at: null,
			expires_in: null,
			last_used_at: rec.last_used_at,
		});
	},
};
