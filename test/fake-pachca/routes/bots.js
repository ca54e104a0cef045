// @ts-check
'use strict';
// Bot management by people (admin/owner/user tokens): list, create, get, edit, delete,
// rotate token. Bodies are `{ webhook: {...} }` as in the current spec. A bot's id equals its
// user id. Only bots the caller may edit are visible (creator, or admins when can_edit has
// 'admin'); others answer 404.

const { created, ok, empty } = require('../reply');
const { pathInt } = require('../validate');
const { qStr } = require('../query');
const { keysetPage } = require('../paginate');
const { renderBot } = require('../render');
const { notFound } = require('../errors');
const { defaultWebhook } = require('../seed');
const { audit } = require('../events');
const { readWebhook } = require('./bot-settings');

/** @param {any} caller @param {any} bot */
const canEdit = (caller, bot) =>
	bot.creator_id === caller.user_id ||
	(((bot.webhook || {}).can_edit || []).includes('admin') && ['admin', 'owner'].includes(caller.role));

/** @param {any} ctx */
function mustBot(ctx) {
	const id = pathInt(ctx.params, 'id');
	const bot = ctx.state.bots.get(id);
	if (!bot || !canEdit(ctx.caller, bot)) throw notFound('id', id);
	return bot;
}

/** Replaces every token of the bot with a new one; keeps fake.tokens.bot pointing at the live token. @param {any} ctx @param {any} bot */
function rotateToken(ctx, bot) {
	const { state, fake } = ctx;
	let wasMain = false;
	for (const [token, rec] of state.tokens) {
		if (rec.bot_id !== bot.id) continue;
		if (token === fake.tokens.bot) wasMain = true;
		state.tokens.delete(token);
	}
	const token = `bot${bot.id}-token-${state.seq.token}`;
	state.addToken(token, { role: 'bot', user_id: bot.id, bot_id: bot.id, name: null });
	if (wasMain) fake.tokens.bot = token;
	audit(state, 'bot_token_recreated', 'User', bot.id, ctx.caller.user_id, {
		bot_id: bot.id,
		actor_id: ctx.caller.user_id,
	});
	return token;
}

module.exports = {
	rotateToken,
	routes: {
		/** @param {any} ctx */
		'GET /bots'(ctx) {
			const q = (qStr(ctx.query, 'query') || '').toLowerCase();
			const items = [...ctx.state.bots.values()]
				.filter((b) => canEdit(ctx.caller, b) && (!q || String(b.webhook.name).toLowerCase().includes(q)))
				.sort((a, b) => a.id - b.id);
			return {
				status: 200,
				body: keysetPage(
					ctx,
					'bots',
					items,
					(b) => [b.id],
					1,
					(b) => renderBot(b),
				),
			};
		},

		/** @param {any} ctx */
		'POST /bots'(ctx) {
			const { v, state, caller } = ctx;
			const patch = readWebhook(ctx, v.wrapper(ctx.body, 'webhook'), null);
			const nickname =
				patch.nickname ||
				`${
					String(patch.name)
						.toLowerCase()
						.replace(/[^a-z0-9]+/g, '_')
						.replace(/^_|_$/g, '') || 'bot'
				}_${state.seq.user}`;
			const user = state.addUser({
				first_name: patch.name,
				last_name: '',
				nickname,
				bot: true,
				time_zone: null,
			});
			const bot = {
				id: user.id,
				creator_id: caller.user_id,
				webhook: {
					...defaultWebhook(patch.name, nickname),
					events: [],
					events_history_enabled: false,
					...patch,
					nickname,
				},
			};
			state.bots.set(bot.id, bot);
			const token = `bot${bot.id}-token-${state.seq.token}`;
			state.addToken(token, { role: 'bot', user_id: bot.id, bot_id: bot.id, name: null });
			return created(renderBot(bot, token));
		},

		/** @param {any} ctx */
		'GET /bots/{id}': (ctx) => ok(renderBot(mustBot(ctx))),

		/** @param {any} ctx */
		'PUT /bots/{id}'(ctx) {
			const bot = mustBot(ctx);
			const patch = readWebhook(ctx, ctx.v.wrapper(ctx.body, 'webhook'), bot.id);
			delete patch.single_chat; // not editable after creation
			Object.assign(bot.webhook, patch);
			const user = ctx.state.users.get(bot.id);
			if (user && patch.name) user.first_name = patch.name;
			if (user && patch.nickname) user.nickname = patch.nickname;
			return ok(renderBot(bot));
		},

		/** @param {any} ctx */
		'DELETE /bots/{id}'(ctx) {
			const { state } = ctx;
			const bot = mustBot(ctx);
			state.bots.delete(bot.id);
			for (const [token, rec] of state.tokens) if (rec.bot_id === bot.id) state.tokens.delete(token);
			for (const [chatId, list] of state.members)
				state.members.set(
					chatId,
					list.filter((/** @type {any} */ m) => m.user_id !== bot.id),
				);
			audit(state, 'bot_deleted', 'User', bot.id, ctx.caller.user_id, {
				bot_id: bot.id,
				actor_id: ctx.caller.user_id,
			});
			return empty();
		},

		/** @param {any} ctx */
		'POST /bots/{id}/recreate_token'(ctx) {
			const bot = mustBot(ctx);
			return ok(renderBot(bot, rotateToken(ctx, bot)));
		},
	},
};
