// @ts-check
'use strict';
// File uploads, Pachca's three steps: POST /uploads hands out S3-style signed form fields and
// a key ending in `${filename}`; POST /direct_url (no token) takes a multipart form with those
// fields first and the `file` part last, stores it under the key with the placeholder
// replaced, and answers 204; the key then goes into message `files`. Also serves stored files
// and export archives under <origin>/files/ without auth.

const crypto = require('node:crypto');
const { json, empty } = require('../reply');
const { fail } = require('../errors');
const { exportArchive } = require('./exports');

const SIGNING_SECRET = 'fake-pachca-upload-secret';
const SIGNED_FIELDS = [
	'Content-Disposition',
	'acl',
	'policy',
	'x-amz-credential',
	'x-amz-algorithm',
	'x-amz-date',
	'x-amz-signature',
	'key',
];
const GRANT_TTL_MS = 60 * 60 * 1000;

/** @param {string} policy */
const sign = (policy) => crypto.createHmac('sha256', SIGNING_SECRET).update(policy).digest('hex');

/** @param {string} message */
const forbidden = (message) => fail(403, 'x-amz-signature', null, 'access_denied', message);

/** @param {any} fake @param {string} path e.g. /files/exports/801.zip */
function serveFile(fake, path) {
	const exp = /^\/files\/exports\/(\d+)\.zip$/.exec(path);
	if (exp) {
		const record = fake.state.exports.get(Number(exp[1]));
		return record ? { content: exportArchive(fake.state, record), contentType: 'application/zip' } : null;
	}
	if (!path.startsWith('/files/')) return null;
	let key;
	try {
		key = decodeURIComponent(path.slice('/files/'.length));
	} catch {
		return null;
	}
	const file = fake.state.uploads.get(key);
	return file ? { content: file.content, contentType: file.contentType || 'application/octet-stream' } : null;
}

module.exports = {
	serveFile,
	routes: {
		/** @param {any} ctx */
		'POST /uploads'(ctx) {
			const { state, caller } = ctx;
			const n = state.nextId('upload');
			const nowMs = state.clock();
			const stamp = new Date(nowMs).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
			const prefix = `attaches/files/${caller.user_id}/00000000-0000-4000-a000-${String(n).padStart(12, '0')}/`;
			const key = `${prefix}\${filename}`;
			const policy = Buffer.from(
				JSON.stringify({
					expiration: new Date(nowMs + GRANT_TTL_MS).toISOString(),
					conditions: [
						{ bucket: 'fake-pachca' },
						['starts-with', '$key', prefix],
						{ acl: 'private' },
						{ 'Content-Disposition': 'attachment' },
					],
				}),
			).toString('base64');
			const signature = sign(policy);
			state.uploadGrants.set(signature, {
				key,
				policy,
				expires_at_ms: nowMs + GRANT_TTL_MS,
				user_id: caller.user_id,
			});
			return json(201, {
				'Content-Disposition': 'attachment',
				acl: 'private',
				policy,
				'x-amz-credential': `fake-pachca/${stamp.slice(0, 8)}/ru-central1/s3/aws4_request`,
				'x-amz-algorithm': 'AWS4-HMAC-SHA256',
				'x-amz-date': stamp,
				'x-amz-signature': signature,
				key,
				direct_url: `${ctx.env.origin}/api/shared/v1/direct_url`,
			});
		},

		/** @param {any} ctx */
		'POST /direct_url'(ctx) {
			const { state } = ctx;
			const form = ctx.body;
			if (!form || typeof form !== 'object' || !Array.isArray(form.files))
				throw fail(400, 'body', null, 'invalid', 'Send the upload as multipart/form-data');
			const missing = SIGNED_FIELDS.find((f) => typeof form.fields[f] !== 'string');
			if (missing) throw fail(400, missing, null, 'required', `${missing} is required`);
			const file = form.files.find((/** @type {any} */ f) => f.field === 'file');
			if (!file) throw fail(400, 'file', null, 'required', 'file is required');
			const order = /** @type {string[]} */ (form.order || []);
			if (order.lastIndexOf('file') !== order.length - 1)
				throw fail(400, 'file', null, 'invalid', 'file must be the last field of the form');
			const grant = state.uploadGrants.get(form.fields['x-amz-signature']);
			if (!grant || grant.policy !== form.fields.policy || sign(form.fields.policy) !== form.fields['x-amz-signature'])
				throw forbidden('Signature does not match');
			if (grant.key !== form.fields.key) throw forbidden('key does not match the signed policy');
			if (state.clock() > grant.expires_at_ms) throw forbidden('Request has expired');
			const finalKey = grant.key.replace('${filename}', file.filename).replace('$filename', file.filename);
			state.uploads.set(finalKey, {
				key: finalKey,
				filename: file.filename,
				contentType: file.contentType,
				size: file.size,
				content: file.content,
				uploaded_at: state.nowIso(),
			});
			return empty();
		},
	},
};
