// @ts-check
'use strict';
// A bot's event history (kept when events_history_enabled): list newest first, delete one.
// People's tokens see an empty history (events belong to bots); deleting needs a bot token.

const { empty } = require('../reply');
const { keysetPage } = require('../paginate');
const { forbidden, notFound } = require('../errors');

/** @param {any} ctx @param {any} e */
function renderEvent(ctx, e) {
	const payload = { ...e.payload };
	if (typeof payload.url === 'string' && payload.url.startsWith('/')) payload.url = ctx.env.origin + payload.url;
	return { id: e.id, event_type: e.event_type, payload, created_at: e.created_at };
}

module.exports = {
	/** @param {any} ctx */
	'GET /webhooks/events'(ctx) {
		const botId = ctx.caller.bot_id;
		const items = ctx.state.webhookEvents
			.filter((/** @type {any} */ e) => botId && e.bot_id === botId)
			.sort((/** @type {any} */ a, /** @type {any} */ b) =>
				a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : b.seq - a.seq,
			);
		return {
			status: 200,
			body: keysetPage(
				ctx,
				'webhook_events',
				items,
				(e) => [e.created_at, e.seq],
				-1,
				(e) => renderEvent(ctx, e),
			),
		};
	},

	/** @param {any} ctx */
	'DELETE /webhooks/events/{id}'(ctx) {
		const botId = ctx.caller.bot_id;
		if (!botId) throw forbidden('Events can only be deleted with a bot token');
		const id = ctx.params.id;
		const i = ctx.state.webhookEvents.findIndex((/** @type {any} */ e) => e.id === id && e.bot_id === botId);
		if (i < 0) throw notFound('id', id);
		ctx.state.webhookEvents.splice(i, 1);
		return empty();
	},
};
