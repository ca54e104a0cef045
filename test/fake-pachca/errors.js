// @ts-check
'use strict';
// Pachca's two error bodies: ApiError (`{ errors: [...] }`, for 400/402/403/404/409/410/422)
// and OAuthError (`{ error, error_description }`, for 401 and scope 403s). Route handlers throw
// HttpError; the server turns it into a response.

/** @typedef {{ key: string, value: any, message: string, code: string, payload: object|null }} ApiErrorItem */

class HttpError extends Error {
	/**
	 * @param {number} status
	 * @param {object} body
	 * @param {Record<string, string>} [headers]
	 */
	constructor(status, body, headers) {
		super(`HTTP ${status}`);
		this.status = status;
		this.body = body;
		this.headers = headers || {};
	}
}

/**
 * One ApiError item. `value` is echoed as a string (the spec types it `string|null`).
 * @param {string} key
 * @param {any} value
 * @param {string} code ValidationErrorCode
 * @param {string} message
 * @param {object|null} [payload]
 * @returns {ApiErrorItem}
 */
function item(key, value, code, message, payload) {
	const shown =
		value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value);
	return { key, value: shown, message, code, payload: payload || null };
}

/**
 * @param {number} status
 * @param {ApiErrorItem[]} items
 */
function apiError(status, items) {
	return new HttpError(status, { errors: items });
}

/**
 * Shorthand for the common single-item ApiError.
 * @param {number} status
 * @param {string} key
 * @param {any} value
 * @param {string} code
 * @param {string} message
 */
function fail(status, key, value, code, message) {
	return apiError(status, [item(key, value, code, message)]);
}

/** @param {string} key @param {any} value */
function notFound(key, value) {
	return fail(404, key, value, 'not_found', 'Object not found');
}

/** @param {string} description */
function unauthorized(description) {
	return new HttpError(401, { error: 'invalid_token', error_description: description });
}

/** @param {string} scope */
function insufficientScope(scope) {
	return new HttpError(403, {
		error: 'insufficient_scope',
		error_description: `The access token does not have the required scope: ${scope}`,
	});
}

/** Business-rule refusal (ApiError form of 403). @param {string} message */
function forbidden(message) {
	return fail(403, 'token', null, 'forbidden', message);
}

function paymentRequired() {
	return fail(402, 'plan', null, 'payment_required', 'This method is available on the Corporation plan only');
}

module.exports = {
	HttpError,
	item,
	apiError,
	fail,
	notFound,
	unauthorized,
	insufficientScope,
	forbidden,
	paymentRequired,
};
