// @ts-check
'use strict';
// Matches "METHOD /path" against the operation table's templates ("/chats/{id}/members").
// When several templates fit, the one with more literal segments wins, so /chats/exports/7
// goes to the export route rather than /chats/{id}/... .

const { OPERATIONS } = require('./operations');

/** @typedef {import('./operations').Operation} Operation */
/** @typedef {(ctx: any) => any} Handler */
/** @typedef {{ op: Operation, handler: Handler, segments: string[], literals: number }} Route */

/**
 * @param {Array<Record<string, Handler>>} handlerMaps route modules: { 'GET /chats': fn, ... }
 */
function buildRouter(handlerMaps) {
	/** @type {Record<string, Handler>} */
	const handlers = Object.assign({}, ...handlerMaps);
	/** @type {Route[]} */
	const routes = OPERATIONS.map((op) => {
		const handler = handlers[`${op.method} ${op.path}`];
		if (!handler) throw new Error(`fake-pachca: no handler for ${op.method} ${op.path}`);
		const segments = op.path.split('/').slice(1);
		return { op, handler, segments, literals: segments.filter((s) => !s.startsWith('{')).length };
	});
	const known = new Set(OPERATIONS.map((op) => `${op.method} ${op.path}`));
	for (const k of Object.keys(handlers))
		if (!known.has(k)) throw new Error(`fake-pachca: handler for unknown operation ${k}`);

	/**
	 * @param {string} method
	 * @param {string} path API path without prefix and query
	 * @returns {{ route: Route, params: Record<string, string> } | null}
	 */
	function match(method, path) {
		const parts = path.split('/').slice(1);
		if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop(); // tolerate a trailing slash
		let best = null;
		for (const route of routes) {
			if (route.op.method !== method || route.segments.length !== parts.length) continue;
			/** @type {Record<string, string>} */
			const params = {};
			const fits = route.segments.every((seg, i) => {
				if (seg.startsWith('{')) {
					if (parts[i] === '') return false;
					params[seg.slice(1, -1)] = safeDecode(parts[i]);
					return true;
				}
				return seg === parts[i];
			});
			if (fits && (!best || route.literals > best.route.literals)) best = { route, params };
		}
		return best;
	}
	return { match, routes };
}

/** @param {string} s */
function safeDecode(s) {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}

module.exports = { buildRouter };
