// @ts-check
'use strict';
// Pinning: a flag on the stored message. Pinning twice is harmless; unpinning a message that
// is not pinned answers 404.

const { empty } = require('../reply');
const { pathInt } = require('../validate');
const { mustMessage } = require('../lookups');
const { notFound } = require('../errors');

module.exports = {
	/** @param {any} ctx */
	'POST /messages/{id}/pin'(ctx) {
		mustMessage(ctx, pathInt(ctx.params, 'id')).pinned = true;
		return empty();
	},

	/** @param {any} ctx */
	'DELETE /messages/{id}/pin'(ctx) {
		const m = mustMessage(ctx, pathInt(ctx.params, 'id'));
		if (!m.pinned) throw notFound('id', m.id);
		m.pinned = false;
		return empty();
	},
};
