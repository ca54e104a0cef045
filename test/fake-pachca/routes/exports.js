// @ts-check
'use strict';
// Message exports (owner token, Corporation plan). A request answers 204 and the export is
// ready at once; its id is only visible in `fake.state.exports` (Pachca announces it through
// the webhook_url, which the fake calls only with `deliverExportWebhooks: true` and a loopback
// URL, a second later and until answered; each attempt is logged in `fake.exportDeliveries`).
// Download answers 302 to <origin>/files/exports/<id>.zip, served without auth.

const http = require('node:http');
const { empty, redirect } = require('../reply');
const { pathInt } = require('../validate');
const { fail } = require('../errors');
const { makeZip } = require('../zip');

const DAY = 86400000;

/** @param {any} ctx @param {string} key */
function readDate(ctx, key) {
	const { v } = ctx;
	const s = /** @type {string} */ (v.str(ctx.body, key, { required: true }));
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(`${s}T00:00:00Z`)))
		throw v.reject(key, s, 'invalid', `${key} must be a date (YYYY-MM-DD)`);
	return s;
}

/** One POST of the "export ready" payload; resolves to the HTTP status, 0 when unreachable. @param {URL} target @param {string} body */
function post(target, body) {
	return new Promise((resolve) => {
		const req = http.request(target, {
			method: 'POST',
			timeout: 10000,
			headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
		});
		req.on('response', (res) => {
			res.resume();
			resolve(res.statusCode || 0);
		});
		req.on('timeout', () => req.destroy());
		req.on('error', () => resolve(0));
		req.end(body);
	});
}

const DELIVERY_ATTEMPTS = 10;

/**
 * "Export ready" webhook, loopback targets only: a second after the request (so a workflow has
 * reached its Wait node), then again each second until answered 2xx, at most 10 times.
 * @param {any} fake @param {string} url @param {object} payload
 */
async function deliver(fake, url, payload) {
	let target;
	try {
		target = new URL(url);
	} catch {
		return;
	}
	if (target.protocol !== 'http:' || !['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname)) return;
	const body = JSON.stringify(payload);
	for (let attempt = 0; attempt < DELIVERY_ATTEMPTS && fake.server; attempt++) {
		await fake.sleep(1000);
		const status = await post(target, body);
		fake.exportDeliveries.push({ url, status, at: Date.now() });
		if (status >= 200 && status < 300) return;
	}
}

/**
 * Zip bytes for an export: chats.json (unless skipped) and <Name>_<id>/<date>.json per chat and day.
 * @param {any} state
 * @param {any} exp
 */
function exportArchive(state, exp) {
	const chats = [...state.chats.values()].filter(
		(c) => !c.thread_id && (!exp.chat_ids.length || exp.chat_ids.includes(c.id)),
	);
	const entries = [];
	if (!exp.skip_chats_file) {
		const list = chats.map((c) => ({
			id: c.id,
			name: c.name,
			owner_id: c.owner_id,
			member_ids: state.memberIds(c.id),
			created_at: c.created_at,
			channel: !!c.channel,
			personal: !!c.personal,
			public: !!c.public,
			archived: !!c.archived,
		}));
		entries.push({ name: 'chats.json', data: JSON.stringify(list, null, 2) });
	}
	for (const c of chats) {
		/** @type {Map<string, any[]>} */
		const days = new Map();
		for (const m of state.messages.values()) {
			const day = String(m.created_at).slice(0, 10);
			if (m.chat_id !== c.id || m.deleted_at || day < exp.start_at || day > exp.end_at) continue;
			const reactions = (state.reactions.get(m.id) || []).map((/** @type {any} */ r) => ({
				user_id: r.user_id,
				code: r.code,
				created_at: r.created_at,
			}));
			// Personal chats are exported without message content, as Pachca does.
			const row = {
				id: m.id,
				user_id: m.user_id,
				created_at: m.created_at,
				...(c.personal ? {} : { content: m.content, reactions }),
			};
			days.set(day, [...(days.get(day) || []), row]);
		}
		const folder = `${String(c.name).replace(/[^\p{L}\p{N}]+/gu, '_')}_${c.id}`;
		for (const [day, rows] of days)
			entries.push({ name: `${folder}/${day}.json`, data: JSON.stringify(rows, null, 2) });
	}
	return makeZip(entries);
}

module.exports = {
	exportArchive,
	routes: {
		/** @param {any} ctx */
		'POST /chats/exports'(ctx) {
			const { v, state, fake } = ctx;
			const body = v.object(ctx.body);
			const start = readDate(ctx, 'start_at');
			const end = readDate(ctx, 'end_at');
			const webhookUrl = /** @type {string} */ (v.str(body, 'webhook_url', { required: true }));
			if (!/^https?:\/\/\S+$/.test(webhookUrl))
				throw v.reject('webhook_url', webhookUrl, 'invalid_webhook_url', 'Invalid webhook URL');
			const chatIds = v.intArray(body, 'chat_ids') || [];
			if (chatIds.length > 50)
				throw v.reject('chat_ids', chatIds, 'invalid', 'At most 50 chats can be exported at once');
			const unknown = chatIds.find((/** @type {number} */ id) => !state.chats.has(id));
			if (unknown !== undefined) throw v.reject('chat_ids', unknown, 'not_found', 'Chat not found');
			const days = (Date.parse(end) - Date.parse(start)) / DAY + 1;
			if (days < 1 || days > (chatIds.length ? 366 : 45))
				throw fail(422, 'end_at', end, 'invalid_date_range', 'Selected date range is too large or reversed');
			const id = state.nextId('export');
			const exp = {
				id,
				start_at: start,
				end_at: end,
				webhook_url: webhookUrl,
				chat_ids: chatIds,
				skip_chats_file: v.bool(body, 'skip_chats_file') ?? false,
				status: 'ready',
				created_at: state.nowIso(),
				requested_by: ctx.caller.user_id,
			};
			state.exports.set(id, exp);
			if (fake.options.deliverExportWebhooks)
				void deliver(fake, webhookUrl, {
					type: 'export',
					event: 'ready',
					export_id: id,
					created_at: exp.created_at,
				});
			return empty();
		},

		/** @param {any} ctx */
		'GET /chats/exports/{id}'(ctx) {
			const id = pathInt(ctx.params, 'id');
			if (!ctx.state.exports.has(id))
				throw fail(404, 'id', id, 'export_file_not_found', 'Export file not found or not ready yet');
			return redirect(`${ctx.env.origin}/files/exports/${id}.zip`);
		},
	},
};
