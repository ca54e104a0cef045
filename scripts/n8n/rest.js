// @ts-check
'use strict';
// n8n's internal REST API (the one its editor uses) over undici: create the owner account on a
// new instance (POST /rest/owner/setup) or log in, then call /rest/… with the session cookie.

const { request } = require('undici');

/** A fixed browser id: n8n ties its session cookie to the browser-id header it was issued with. */
const BROWSER_ID = 'pachca-plus-scripts';
const TIMEOUT_MS = 30000;

/** @typedef {{ email: string, firstName: string, lastName: string, password: string }} Owner */

class N8nRest {
	/** @param {string} baseUrl e.g. http://localhost:5678 */
	constructor(baseUrl) {
		this.baseUrl = baseUrl.replace(/\/+$/, '');
		this.cookie = '';
	}

	/**
	 * @param {'GET'|'POST'|'PATCH'|'PUT'|'DELETE'} method @param {string} path @param {unknown} [body]
	 * @returns {Promise<{ status: number, json: any }>}
	 */
	async call(method, path, body) {
		/** @type {Record<string, string>} */
		const headers = { 'browser-id': BROWSER_ID, accept: 'application/json' };
		if (this.cookie) headers.cookie = this.cookie;
		if (body !== undefined) headers['content-type'] = 'application/json';
		const response = await request(this.baseUrl + path, {
			method,
			headers,
			body: body === undefined ? undefined : JSON.stringify(body),
			headersTimeout: TIMEOUT_MS,
			bodyTimeout: TIMEOUT_MS,
		});
		const setCookie = response.headers['set-cookie'];
		const auth = (Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []).find((c) =>
			c.startsWith('n8n-auth='),
		);
		if (auth) this.cookie = auth.split(';')[0];
		const text = await response.body.text();
		let json;
		try {
			json = text ? JSON.parse(text) : null;
		} catch {
			json = { text };
		}
		return { status: response.statusCode, json };
	}

	/**
	 * Like call(), but a non-2xx answer throws with n8n's message.
	 * @param {'GET'|'POST'|'PATCH'|'PUT'|'DELETE'} method
	 * @param {string} path
	 * @param {unknown} [body]
	 */
	async ok(method, path, body) {
		const { status, json } = await this.call(method, path, body);
		if (status >= 300)
			throw new Error(`n8n ${method} ${path} answered ${status}: ${JSON.stringify(json).slice(0, 500)}`);
		return json && typeof json === 'object' && 'data' in json ? json.data : json;
	}

	/**
	 * Sets up the owner on a new instance, or logs in when one exists.
	 * @param {Owner} owner @returns {Promise<'created'|'existing'>}
	 */
	async ensureOwner(owner) {
		const setup = await this.call('POST', '/rest/owner/setup', owner);
		if (setup.status < 300) return 'created';
		const login = await this.call('POST', '/rest/login', { emailOrLdapLoginId: owner.email, password: owner.password });
		if (login.status < 300) return 'existing';
		throw new Error(
			`Could not set up or log in the n8n owner ${owner.email}: setup answered ${setup.status} ` +
				`(${JSON.stringify(setup.json).slice(0, 200)}), login ${login.status}. If you changed the ` +
				`password in n8n, log in with yours.`,
		);
	}
}

module.exports = { N8nRest };
