// @ts-check
'use strict';
// The sandbox page at http://127.0.0.1:<port>/: chats, the selected chat's messages (press a
// bot's data buttons, follow its URL buttons in a new tab), a box to post as any person, open
// forms to submit, recent webhook deliveries. Server-rendered HTML with plain forms; reloads itself
// when what it shows changes.

const crypto = require('node:crypto');
const { DEFAULT_CHAT, DEFAULT_USER } = require('./actions');
const { defaultValues } = require('./form-values');
const { chatList, messagesOf, userList } = require('./views');

/** @typedef {import('./server').PachcaSandbox} PachcaSandbox */

/** @param {unknown} value */
const esc = (value) => String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** @param {string} action @param {Record<string, unknown>} hidden @param {string} inner */
function form(action, hidden, inner) {
	const fields = Object.entries(hidden)
		.map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`)
		.join('');
	return `<form method="post" action="/_sandbox/ui/${action}">${fields}${inner}</form>`;
}

/** @param {any} m @param {number} chatId */
function messageHtml(m, chatId) {
	const buttons = m.buttons
		.flat()
		.map((/** @type {any} */ b) =>
			b.data
				? form(
						'press',
						{ message_id: m.id, data: b.data, chat_id: chatId },
						`<button title="data: ${esc(b.data)}">${esc(b.text)}</button>`,
					)
				: `<a class="link" href="${esc(b.url)}" target="_blank" rel="noopener">${esc(b.text)} ↗</a>`,
		);
	const files = m.files.map((/** @type {string} */ f) => `<span class="file">📎 ${esc(f)}</span>`).join(' ');
	const reply = (/** @type {any} */ r) => `<div><b>${esc(r.author)}</b> ${esc(r.content)}</div>`;
	const replies = m.thread ? `<div class="thread">${m.thread.replies.map(reply).join('')}</div>` : '';
	const edited = m.changed_at ? ' <i>(edited)</i>' : '';
	return (
		`<div class="msg"><small>#${m.id}</small> <b>${esc(m.author)}</b>${edited}<div ` +
		`class="text">${esc(m.content)}</div>${files}<div ` +
		`class="buttons">${buttons.join('')}</div>${replies}</div>`
	);
}

/** The page's content and its fingerprint. @param {PachcaSandbox} sb @param {URLSearchParams} query */
function pageContent(sb, query) {
	const chatId = Number(query.get('chat_id') || DEFAULT_CHAT);
	const chats = chatList(sb)
		.map(
			(c) =>
				`<li${c.id === chatId ? ' class="on"' : ''}><a ` +
				`href="/?chat_id=${c.id}">${esc(c.name)}</a> ` +
				`<small>${c.kind}${c.archived ? ', archived' : ''}</small></li>`,
		)
		.join('');
	const people = userList(sb).filter((u) => !u.bot);
	const options = people
		.map((u) => `<option value="${u.id}"${u.id === DEFAULT_USER ? ' selected' : ''}>${esc(u.name)}</option>`)
		.join('');
	const say = form(
		'say',
		{ chat_id: chatId },
		`<select name="user_id">${options}</select> <input name="text" size="50" ` +
			`placeholder="Message, e.g. /echo hi"> <button>Send</button>`,
	);
	const views = sb.fake.state.views
		.map((v, i) => ({ v, i }))
		.filter(({ i }) => !sb.submittedViews.has(i))
		.map(({ v }) => {
			const values = JSON.stringify(defaultValues(v.request?.view?.blocks || []), null, 1);
			const fields = `<textarea name="values" rows="4" cols="40">${esc(values)}</textarea><br><button>Submit</button>`;
			const title = `<b>Form: ${esc(v.request?.view?.title)}</b>`;
			return `<div class="view">${title}${form('submit', { chat_id: chatId }, fields)}</div>`;
		})
		.join('');
	const deliveries = sb.dispatcher.deliveries
		.slice(-8)
		.reverse()
		.map((d) => `<li>${esc(d.at.slice(11, 19))} ${esc(d.event)} → ${esc(d.status ?? d.error)}</li>`)
		.join('');
	const bot = sb.botWebhookUrl
		? `Demo Bot delivers to <code>${esc(sb.botWebhookUrl)}</code>`
		: 'Demo Bot has no webhook URL yet (publish a workflow with the Pachca Trigger; activate in n8n 1.x)';
	const messages =
		messagesOf(sb, chatId, 30)
			.map((m) => messageHtml(m, chatId))
			.join('') || '<p>No messages.</p>';
	const body =
		`<nav><b>Chats</b><ul>${chats}</ul></nav><main><p>${bot}</p>${messages}<p>${say}</p></main>` +
		`<aside><b>Open forms</b>${views || '<p>None.</p>'}<b>Webhook deliveries</b><ul>${deliveries || '<li>None yet.</li>'}</ul>` +
		`<p><small>API: <code>${esc(sb.baseUrl)}</code></small></p>` +
		'<p><small>This page refreshes itself when something changes (a press, a reply, a delivery); while you ' +
		'type it waits and says so.</small></p></aside>';
	return { body, version: crypto.createHash('sha1').update(body).digest('hex').slice(0, 16) };
}

/**
 * The page at /. It asks /_sandbox/ui/version every second and reloads when what it shows has
 * changed (a reply, a delivery, a form); while you type it shows a notice instead of reloading.
 * @param {PachcaSandbox} sb @param {URLSearchParams} params
 */
function renderPage(sb, params) {
	const { body, version } = pageContent(sb, params);
	const chatId = Number(params.get('chat_id') || DEFAULT_CHAT);
	return `<!doctype html><html><head><meta charset="utf-8"><title>Pachca sandbox</title><link rel="icon" href="data:,"><style>
body{font:14px system-ui,sans-serif;margin:0;display:flex;min-height:100vh}
nav{width:220px;background:#f3f3f7;padding:8px}nav li.on{font-weight:bold}
main{flex:1;padding:8px 16px}aside{width:300px;padding:8px;background:#fafafa}
.msg{border-bottom:1px solid #eee;padding:6px 0}.text{white-space:pre-wrap}
.buttons form{display:inline}.buttons button,.link{margin:2px}
.thread{margin:4px 0 0 16px;padding-left:8px;border-left:3px solid #ddd}.file{color:#555}ul{padding-left:16px}
#changed{display:none;position:fixed;top:0;left:0;right:0;background:#ffe9a8;padding:6px;text-align:center}
</style></head><body><div id="changed">Something new arrived. <a href="">Refresh</a> (waiting while you type)</div>${body}
<script>const shown=${JSON.stringify(version)};let busy=false;setInterval(async()=>{if(busy)return;busy=true;
try{const r=await fetch('/_sandbox/ui/version?chat_id=${chatId}');const{version}=await r.json();
if(version!==shown){const a=document.activeElement;if(a&&/INPUT|TEXTAREA|SELECT/.test(a.tagName))
document.getElementById('changed').style.display='block';else location.reload()}}catch{}finally{busy=false}},1000)</script></body></html>`;
}

/** What the page would show now, as a short fingerprint (for its self-refresh). @param {PachcaSandbox} sb @param {URLSearchParams} params */
function pageVersion(sb, params) {
	return pageContent(sb, params).version;
}

module.exports = { renderPage, pageVersion };
