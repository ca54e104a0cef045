// @ts-check
'use strict';
// Cursor pagination as Pachca documents it (guides/api-pagination.md):
// - list methods: keyset cursors anchored on the first/last record's sort key, so records
//   added above the first page can be polled through `prev_page`. `meta.paginate` always has
//   next_page, prev_page (strings, never null), has_next and has_prev; the end of data is
//   `has_next: false`, not an empty page.
// - search methods (and GET /users with `query`): offset cursors, `meta: { total, paginate:
//   { next_page } }`; next_page is always a string, the end is `data` running out / `total`.
// Cursors are opaque base64url JSON tagged with the list's name so a cursor from another
// endpoint is rejected with 400.

const { fail } = require('./errors');
const { qInt, qStr } = require('./query');

/** @param {object} payload */
const encode = (payload) => Buffer.from(JSON.stringify(payload)).toString('base64url');

/**
 * @param {string|undefined} raw
 * @param {string} list
 * @returns {any}
 */
function decode(raw, list) {
	if (raw === undefined) return null;
	let c;
	try {
		c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
	} catch {
		c = null;
	}
	if (!c || typeof c !== 'object' || c.l !== list) throw fail(400, 'cursor', raw, 'invalid', 'Cursor is invalid');
	return c;
}

/** `limit` from the query: integer 1..max, default max (the spec's default equals its maximum). */
function readLimit(/** @type {Record<string, any>} */ query, /** @type {number} */ max) {
	const limit = qInt(query, 'limit');
	if (limit === undefined) return max;
	if (limit < 1 || limit > max)
		throw fail(400, 'limit', String(limit), 'invalid', `limit must be between 1 and ${max}`);
	return limit;
}

/** Lexicographic compare of sort-key tuples. @param {any[]} a @param {any[]} b */
function cmpKeys(a, b) {
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		if (a[i] === b[i]) continue;
		if (a[i] === undefined || a[i] === null) return -1;
		if (b[i] === undefined || b[i] === null) return 1;
		return a[i] < b[i] ? -1 : 1;
	}
	return 0;
}

/**
 * Keyset page for a list method.
 * @template T
 * @param {{ query: Record<string, any>, maxLimit: number }} ctx
 * @param {string} list cursor tag (e.g. 'chats')
 * @param {T[]} items filtered and sorted in response order
 * @param {(item: T) => any[]} key unique sort key (ends with the id)
 * @param {1|-1} dir 1 when `items` ascend by key, -1 when they descend
 * @param {(item: T) => any} render
 */
function keysetPage(ctx, list, items, key, dir, render) {
	const limit = readLimit(ctx.query, ctx.maxLimit);
	const cur = decode(qStr(ctx.query, 'cursor'), list);
	const anchor = cur ? cur.k : null;
	/** position of x relative to a key, in list order: <0 before, >0 after */
	const rel = (/** @type {T} */ x, /** @type {any[]} */ k) => cmpKeys(key(x), k) * dir;
	let page;
	if (!cur || (cur.d === 'n' && anchor === null)) page = items.slice(0, limit);
	else if (cur.d === 'n') page = items.filter((x) => rel(x, anchor) > 0).slice(0, limit);
	else {
		// Backward: the records nearest the anchor, still in list order.
		const before = anchor === null ? items : items.filter((x) => rel(x, anchor) < 0);
		page = before.slice(Math.max(0, before.length - limit));
	}
	const firstKey = page.length ? key(page[0]) : anchor;
	const lastKey = page.length ? key(page[page.length - 1]) : anchor;
	const hasNext = lastKey === null ? items.length > page.length : items.some((x) => rel(x, lastKey) > 0);
	const hasPrev = !cur ? false : firstKey === null ? false : items.some((x) => rel(x, firstKey) < 0);
	return {
		data: page.map(render),
		meta: {
			paginate: {
				next_page: encode({ l: list, d: 'n', k: lastKey }),
				prev_page: encode({ l: list, d: 'p', k: firstKey }),
				has_next: hasNext,
				has_prev: hasPrev,
			},
		},
	};
}

/**
 * Offset page for search methods. `withTotal: false` gives GET /users?query='s simplified meta.
 * @template T
 * @param {{ query: Record<string, any>, maxLimit: number }} ctx
 * @param {string} list
 * @param {T[]} items
 * @param {(item: T) => any} render
 * @param {{ withTotal?: boolean }} [opt]
 */
function offsetPage(ctx, list, items, render, opt = {}) {
	const limit = readLimit(ctx.query, ctx.maxLimit);
	const cur = decode(qStr(ctx.query, 'cursor'), list);
	const offset = cur && Number.isInteger(cur.o) && cur.o >= 0 ? cur.o : 0;
	const page = items.slice(offset, offset + limit);
	const next = encode({ l: list, o: offset + page.length });
	const meta =
		opt.withTotal === false
			? { paginate: { next_page: next } }
			: { total: items.length, paginate: { next_page: next } };
	return { data: page.map(render), meta };
}

module.exports = { keysetPage, offsetPage, readLimit, cmpKeys, encodeCursor: encode };
