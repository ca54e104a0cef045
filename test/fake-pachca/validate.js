// @ts-check
'use strict';
// Request validation helpers. Malformed input (wrong JSON type, missing wrapper object,
// non-integer id) answers 400; a well-formed but unacceptable value (blank, not in enum,
// too long) answers 422 where the operation documents 422, else 400 — like Pachca.

const { fail } = require('./errors');

const isInt = (/** @type {any} */ v) => typeof v === 'number' && Number.isInteger(v);
const isObj = (/** @type {any} */ v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Body validator bound to one operation's validation status (422 or 400).
 * @param {number} status
 */
function bodyValidator(status) {
	const v = {
		/** Fail with the operation's validation status. @param {string} key @param {any} value @param {string} code @param {string} msg */
		reject(key, value, code, msg) {
			return fail(status, key, value, code, msg);
		},
		/** The request body itself must be a JSON object. @param {any} body */
		object(body) {
			if (!isObj(body))
				throw fail(
					400,
					'body',
					typeof body === 'string' ? body : null,
					'invalid',
					'Request body must be a JSON object',
				);
			return body;
		},
		/** A required wrapper such as `{ message: {...} }`. @param {any} body @param {string} name */
		wrapper(body, name) {
			v.object(body);
			if (body[name] === undefined) throw fail(400, name, null, 'required', `${name} is required`);
			if (!isObj(body[name])) throw fail(400, name, body[name], 'invalid', `${name} must be an object`);
			return body[name];
		},
		/** @param {any} o @param {string} key @param {{ required?: boolean }} [opt] @returns {number|undefined} */
		int(o, key, opt = {}) {
			const x = o[key];
			if (x === undefined || x === null) {
				if (opt.required) throw fail(status, key, null, 'blank', `${key} can't be blank`);
				return undefined;
			}
			if (!isInt(x)) throw fail(400, key, x, 'invalid', `${key} must be an integer`);
			return x;
		},
		/**
		 * @param {any} o
		 * @param {string} key
		 * @param {{ required?: boolean, max?: number, blankOk?: boolean }} [opt]
		 * @returns {string|undefined}
		 */
		str(o, key, opt = {}) {
			const x = o[key];
			if (x === undefined || x === null) {
				if (opt.required) throw fail(status, key, null, 'blank', `${key} can't be blank`);
				return undefined;
			}
			if (typeof x !== 'string') throw fail(400, key, x, 'invalid', `${key} must be a string`);
			if (opt.required && !opt.blankOk && x.trim() === '') throw fail(status, key, x, 'blank', `${key} can't be blank`);
			if (opt.max && x.length > opt.max)
				throw fail(status, key, x, 'too_long', `${key} is too long (maximum is ${opt.max} characters)`);
			return x;
		},
		/** @param {any} o @param {string} key @returns {boolean|undefined} */
		bool(o, key) {
			const x = o[key];
			if (x === undefined || x === null) return undefined;
			if (typeof x !== 'boolean') throw fail(400, key, x, 'invalid', `${key} must be a boolean`);
			return x;
		},
		/**
		 * @param {any} o
		 * @param {string} key
		 * @param {readonly string[]} allowed
		 * @param {{ required?: boolean }} [opt]
		 * @returns {string|undefined}
		 */
		oneOf(o, key, allowed, opt = {}) {
			const x = v.str(o, key, opt);
			if (x !== undefined && !allowed.includes(x))
				throw fail(status, key, x, 'inclusion', `${key} must be one of: ${allowed.join(', ')}`);
			return x;
		},
		/** @param {any} o @param {string} key @param {{ required?: boolean, nonEmpty?: boolean }} [opt] @returns {number[]|undefined} */
		intArray(o, key, opt = {}) {
			const x = o[key];
			if (x === undefined || x === null) {
				if (opt.required) throw fail(status, key, null, 'blank', `${key} can't be blank`);
				return undefined;
			}
			if (!Array.isArray(x) || !x.every(isInt))
				throw fail(400, key, x, 'invalid', `${key} must be an array of integers`);
			if (opt.nonEmpty && x.length === 0) throw fail(status, key, x, 'blank', `${key} can't be empty`);
			return x;
		},
		/** @param {any} o @param {string} key @returns {string[]|undefined} */
		strArray(o, key) {
			const x = o[key];
			if (x === undefined || x === null) return undefined;
			if (!Array.isArray(x) || !x.every((s) => typeof s === 'string'))
				throw fail(400, key, x, 'invalid', `${key} must be an array of strings`);
			return x;
		},
		/** ISO date-time string. @param {any} o @param {string} key @returns {string|undefined} */
		dateTime(o, key) {
			const x = v.str(o, key);
			if (x === undefined) return undefined;
			const t = Date.parse(x);
			if (Number.isNaN(t)) throw fail(status, key, x, 'invalid', `${key} is not a valid date-time`);
			return new Date(t).toISOString();
		},
	};
	return v;
}

/** Path parameter that must be a positive integer. @param {Record<string, string>} params @param {string} key */
function pathInt(params, key) {
	const raw = params[key];
	if (!/^\d+$/.test(raw) || Number(raw) > 2147483647) throw fail(400, key, raw, 'invalid', `${key} must be an integer`);
	return Number(raw);
}

module.exports = { bodyValidator, pathInt, isInt, isObj };
