// @ts-check
'use strict';
// Opening a modal view. Needs a bot token and a trigger_id the fake issued (fake.issueTriggerId(),
// or seeded into state.triggers) no older than triggerTtlMs (3 s, like Pachca): unknown → 422
// trigger_not_found, too old → 410 trigger_expired. Opened views are kept in state.views.

const { empty } = require('../reply');
const { isObj } = require('../validate');
const { fail, forbidden } = require('../errors');

const BLOCK_TYPES = [
	'header',
	'plain_text',
	'markdown',
	'divider',
	'input',
	'select',
	'radio',
	'checkbox',
	'date',
	'time',
	'file_input',
];

module.exports = {
	/** @param {any} ctx */
	'POST /views/open'(ctx) {
		const { v, state, caller, fake } = ctx;
		if (caller.role !== 'bot') throw forbidden('Views can only be opened with a bot token');
		const body = v.object(ctx.body);
		v.oneOf(body, 'type', ['modal'], { required: true });
		const triggerId = /** @type {string} */ (v.str(body, 'trigger_id', { required: true }));
		v.str(body, 'private_metadata', { max: 3000, blankOk: true });
		v.str(body, 'callback_id', { max: 255, blankOk: true });
		const view = v.wrapper(body, 'view');
		v.str(view, 'title', { required: true, max: 24 });
		v.str(view, 'close_text', { max: 24 });
		v.str(view, 'submit_text', { max: 24 });
		if (!Array.isArray(view.blocks))
			throw v.reject(
				'blocks',
				view.blocks ?? null,
				view.blocks === undefined ? 'blank' : 'invalid',
				'view.blocks must be an array',
			);
		if (view.blocks.length > 100)
			throw v.reject('blocks', view.blocks.length, 'too_long', 'A view holds at most 100 blocks');
		view.blocks.forEach((/** @type {any} */ b) => {
			if (!isObj(b) || !BLOCK_TYPES.includes(b.type))
				throw v.reject(
					'blocks',
					isObj(b) ? b.type : b,
					'inclusion',
					`Block type must be one of: ${BLOCK_TYPES.join(', ')}`,
				);
		});
		const issued = state.triggers.get(triggerId);
		if (issued === undefined)
			throw fail(422, 'trigger_id', triggerId, 'trigger_not_found', 'Event identifier not found');
		if (state.clock() - issued > fake.options.triggerTtlMs)
			throw fail(410, 'trigger_id', triggerId, 'trigger_expired', 'Event identifier has expired');
		state.views.push({
			trigger_id: triggerId,
			bot_id: caller.bot_id,
			opened_at: state.nowIso(),
			request: body,
		});
		return empty(201);
	},
};
