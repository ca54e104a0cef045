// @ts-check
'use strict';
// A bot managing itself with its own token: rotate its token, set its outgoing webhook URL
// (an empty string disables the webhook).

const { ok } = require('../reply');
const { renderBot } = require('../render');
const { notFound } = require('../errors');
const { rotateToken } = require('./bots');

/** @param {any} ctx */
function ownBot(ctx) {
	const bot = ctx.state.bots.get(ctx.caller.bot_id || ctx.caller.user_id);
	if (!bot) throw notFound('id', ctx.caller.user_id);
	return bot;
}

module.exports = {
	/** The token used for this request stops working at once. @param {any} ctx */
	'POST /bot/recreate_token'(ctx) {
		const bot = ownBot(ctx);
		return ok(renderBot(bot, rotateToken(ctx, bot)));
	},

	/** @param {any} ctx */
	'PUT /bot/webhook'(ctx) {
		const { v } = ctx;
		const bot = ownBot(ctx);
		const w = v.wrapper(ctx.body, 'webhook');
		const url = /** @type {string} */ (v.str(w, 'outgoing_url', { required: true, blankOk: true }));
		if (url !== '' && !/^https?:\/\/[^\s]+$/.test(url))
			throw v.reject('outgoing_url', url, 'invalid_webhook_url', 'Invalid webhook URL');
		bot.webhook.outgoing_url = url || null;
		return ok(renderBot(bot));
	},
};
