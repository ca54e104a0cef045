// @ts-check
'use strict';
// Unfurling: a bot attaches previews (url → { title, description, image_url | image }) to a
// message. Only bot tokens may do it (Pachca's authorization guide); stored per message.

const { empty } = require('../reply');
const { pathInt, isObj } = require('../validate');
const { mustMessage } = require('../lookups');
const { forbidden } = require('../errors');

module.exports = {
	/** @param {any} ctx */
	'POST /messages/{id}/link_previews'(ctx) {
		const { v, state, caller } = ctx;
		if (caller.role !== 'bot') throw forbidden('Link previews can only be created with a bot token');
		const m = mustMessage(ctx, pathInt(ctx.params, 'id'));
		const body = v.object(ctx.body);
		const previews = body.link_previews;
		if (!isObj(previews))
			throw v.reject(
				'link_previews',
				previews ?? null,
				previews === undefined ? 'blank' : 'invalid',
				'link_previews must be an object keyed by URL',
			);
		if (Object.keys(previews).length === 0)
			throw v.reject('link_previews', previews, 'blank', "link_previews can't be empty");
		for (const [url, p] of Object.entries(previews)) {
			if (!/^https?:\/\//.test(url)) throw v.reject('link_previews', url, 'invalid', 'Each key must be a URL');
			if (!isObj(p)) throw v.reject(url, p, 'invalid', 'A preview must be an object');
			v.str(p, 'title', { required: true });
			v.str(p, 'description', { required: true });
			v.str(p, 'image_url');
			if (p.image !== undefined) {
				if (!isObj(p.image)) throw v.reject('image', p.image, 'invalid', 'image must be an object');
				v.str(p.image, 'key', { required: true });
				v.str(p.image, 'name', { required: true });
				v.int(p.image, 'size');
			}
		}
		state.linkPreviews.set(m.id, { ...(state.linkPreviews.get(m.id) || {}), ...previews });
		return empty();
	},
};
