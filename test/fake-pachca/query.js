// @ts-check
'use strict';
// Query-string parsing and typed accessors. Repeated keys and `key[]` keys become arrays
// (the `[]` is dropped from the name); every value stays a string. Bad values answer 400.

const { fail } = require('./errors');

/**
 * @param {URLSearchParams} params
 * @returns {Record<string, string|string[]>}
 */
function parseQuery(params) {
	/** @type {Record<string, string|string[]>} */
	const out = {};
	for (const [rawKey, value] of params) {
		const isList = rawKey.endsWith('[]');
		const key = isList ? rawKey.slice(0, -2) : rawKey;
		const prev = out[key];
		if (prev === undefined) out[key] = isList ? [value] : value;
		else out[key] = Array.isArray(prev) ? [...prev, value] : [prev, value];
	}
	return out;
}

/** @param {Record<string, any>} q @param {string} key @returns {string|undefined} */
function qStr(q, key) {
	const v = q[key];
	if (v === undefined || v === '') return undefined;
	if (Array.isArray(v)) throw fail(400, key, v, 'invalid', `${key} must be a single value`);
	return v;
}

/** @param {Record<string, any>} q @param {string} key @param {{ required?: boolean }} [opt] */
function qInt(q, key, opt = {}) {
	const v = qStr(q, key);
	if (v === undefined) {
		if (opt.required) throw fail(400, key, null, 'required', `${key} is required`);
		return undefined;
	}
	if (!/^-?\d+$/.test(v)) throw fail(400, key, v, 'invalid', `${key} must be an integer`);
	return Number(v);
}

/** @param {Record<string, any>} q @param {string} key */
function qBool(q, key) {
	const v = qStr(q, key);
	if (v === undefined) return undefined;
	if (v === 'true') return true;
	if (v === 'false') return false;
	throw fail(400, key, v, 'invalid', `${key} must be true or false`);
}

/** @param {Record<string, any>} q @param {string} key @param {readonly string[]} allowed @param {{ required?: boolean }} [opt] */
function qEnum(q, key, allowed, opt = {}) {
	const v = qStr(q, key);
	if (v === undefined) {
		if (opt.required) throw fail(400, key, null, 'required', `${key} is required`);
		return undefined;
	}
	if (!allowed.includes(v)) throw fail(400, key, v, 'inclusion', `${key} must be one of: ${allowed.join(', ')}`);
	return v;
}

/** ISO date-time, normalised to toISOString() so it compares with stored timestamps. @param {Record<string, any>} q @param {string} key */
function qDate(q, key) {
	const v = qStr(q, key);
	if (v === undefined) return undefined;
	const t = Date.parse(v);
	if (Number.isNaN(t)) throw fail(400, key, v, 'invalid', `${key} must be an ISO-8601 date-time`);
	return new Date(t).toISOString();
}

/** Array of strings from `k[]=a&k[]=b`, `k=a&k=b` or a single `k=a`. @param {Record<string, any>} q @param {string} key */
function qList(q, key) {
	const v = q[key];
	if (v === undefined || v === '') return undefined;
	return Array.isArray(v) ? v : [v];
}

/** @param {Record<string, any>} q @param {string} key */
function qIntList(q, key) {
	const list = qList(q, key);
	if (!list) return undefined;
	const flat = list.flatMap((s) => s.split(','));
	if (!flat.every((s) => /^\d+$/.test(s))) throw fail(400, key, list, 'invalid', `${key} must be integers`);
	return flat.map(Number);
}

module.exports = { parseQuery, qStr, qInt, qBool, qEnum, qDate, qList, qIntList };
