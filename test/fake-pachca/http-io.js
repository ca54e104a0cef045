// @ts-check
'use strict';
// Reading request bodies and writing responses.

const { parseMultipart } = require('./multipart');

/** @param {import('node:http').IncomingMessage} req @returns {Promise<Buffer>} */
function readBody(req) {
	return new Promise((resolve, reject) => {
		/** @type {Buffer[]} */
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

/**
 * JSON object, multipart `{ fields, files }`, raw string when unparsable, or null when empty.
 * @param {Buffer} raw
 * @param {string|undefined} contentType
 */
function parseBody(raw, contentType) {
	if (raw.length === 0) return null;
	const ct = (contentType || '').toLowerCase();
	if (ct.startsWith('multipart/form-data')) return parseMultipart(raw, contentType) || raw.toString('utf8');
	const text = raw.toString('utf8');
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {any} body undefined → no body; string/Buffer → sent as-is; else JSON
 * @param {Record<string, string>} [headers]
 */
function send(res, status, body, headers = {}) {
	if (res.headersSent || res.destroyed) return;
	const h = { ...headers };
	let payload;
	if (body === undefined || status === 204 || status === 304) payload = undefined;
	else if (Buffer.isBuffer(body)) payload = body;
	else if (typeof body === 'string') payload = Buffer.from(body);
	else payload = Buffer.from(JSON.stringify(body));
	const has = (/** @type {string} */ k) => Object.keys(h).some((x) => x.toLowerCase() === k);
	if (payload !== undefined && !has('content-type'))
		h['content-type'] = typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
	// 201/302 without a body still say so explicitly; 204 carries no length at all.
	if (status !== 204 && status !== 304) h['content-length'] = String(payload ? payload.length : 0);
	res.writeHead(status, h);
	res.end(payload);
}

module.exports = { readBody, parseBody, send };
