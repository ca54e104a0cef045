// @ts-check
'use strict';
// The sandbox page at http://127.0.0.1:<port>/: chats, the selected chat's messages (press a
// bot's data buttons, follow its URL buttons in a new tab), a box to post as any person, open
// forms to submit, recent webhook deliveries. Server-rendered HTML with plain forms; reloads
// itself while you are not typing.

const { DEFAULT_CHAT, DEFAULT_USER } = require('./actions');
const { defaultValues } = require('./form-values');
const { chatList, messagesOf, userList } = require('./views');

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

/** @param {import('./server').PachcaSandbox} sb @param {URLSearchParams} query */
function renderPage(sb, query) {
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
		: 'Demo Bot has no webhook URL yet (activate a workflow with the Pachca Trigger)';
	const messages =
		messagesOf(sb, chatId, 30)
			.map((m) => messageHtml(m, chatId))
			.join('') || '<p>No messages.</p>';
	return `<!doctype html><html><head><meta charset="utf-8"><title>Pachca sandbox</title><style>
body{font:14px system-ui,sans-serif;margin:0;display:flex;min-height:100vh}
nav{width:220px;background:#f3f3f7;padding:8px}nav li.on{font-weight:bold}
main{flex:1;padding:8px 16px}aside{width:300px;padding:8px;background:#fafafa}
.msg{border-bottom:1px solid #eee;padding:6px 0}.text{white-space:pre-wrap}
.buttons form{display:inline}.buttons button,.link{margin:2px}
.thread{margin:4px 0 0 16px;padding-left:8px;border-left:3px solid #ddd}.file{color:#555}ul{padding-left:16px}
</style></head><body><nav><b>Chats</b><ul>${chats}</ul></nav><main><p>${bot}</p>${messages}<p>${say}</p></main>
<aside><b>Open forms</b>${views || '<p>None.</p>'}<b>Webhook deliveries</b><ul>${deliveries || '<li>None yet.</li>'}</ul>
<p><small>API: <code>${esc(sb.baseUrl)}</code></small></p></aside>
<script>setInterval(()=>{const a=document.activeElement;
if(!a||!/INPUT|TEXTAREA|SELECT/.test(a.tagName))location.reload()},4000)</script></body></html>`;
}

module.exports = { renderPage };
