// @ts-check
'use strict';
// A scripted stand-in for OpenAI's Chat Completions API on 127.0.0.1, for the AI Agent example:
// n8n's OpenAI credential points its Base URL here. It records every request and answers by
// script: a user message naming "chat 102" gets a call of the tool that posts to a chat, one
// asking "who is <name>" a call of the tool that finds people; a tool result gets a final text
// (for people found: their names); anything else gets "You said: …". Streaming requests get the
// same answers as server-sent events.

const http = require('node:http');

/** @typedef {{ role: string, content?: unknown, tool_calls?: unknown[], tool_call_id?: string }} ChatMessage */

/** The text of a message whose content may be a string or a list of parts. @param {ChatMessage} message */
const textOf = (message) =>
	typeof message.content === 'string'
		? message.content
		: Array.isArray(message.content)
			? message.content.map((part) => (typeof part === 'string' ? part : (part?.text ?? ''))).join('')
			: '';

/**
 * Arguments for the posting tool, from its JSON schema: the chat 102, a fixed text. Behind a
 * human review the schema nests them: { toolParameters: {…}, hitlParameters: {…} }.
 * @param {any} schema
 * @returns {Record<string, unknown>}
 */
function postArguments(schema) {
	/** @type {Record<string, unknown>} */
	const args = {};
	for (const [key, property] of Object.entries(schema?.properties ?? {})) {
		const type = /** @type {any} */ (property)?.type;
		if (type === 'object') args[key] = postArguments(property);
		else args[key] = type === 'number' || type === 'integer' ? 102 : ScriptedModel.POSTED_TEXT;
	}
	return args;
}

class ScriptedModel {
	static POSTED_TEXT = 'Release 2.4 is out (posted by the assistant)';
	static DONE_TEXT = 'Done: I told chat 102 that release 2.4 is out.';
	static DECLINED_TEXT = 'Understood: the post to chat 102 was declined, so I did not send it.';

	constructor() {
		/** @type {any[]} */
		this.requests = [];
		this.server = http.createServer((req, res) => this.handle(req, res));
		this.url = '';
	}

	async start() {
		await new Promise((resolve) => this.server.listen(0, '127.0.0.1', () => resolve(undefined)));
		const address = /** @type {import('node:net').AddressInfo} */ (this.server.address());
		this.url = `http://127.0.0.1:${address.port}/v1`;
		return this;
	}

	async stop() {
		this.server.closeAllConnections();
		await new Promise((resolve) => this.server.close(() => resolve(undefined)));
	}

	/**
	 * What the script answers to one request body.
	 * @param {any} body @returns {{ content: string | null, tool_calls?: any[] }}
	 */
	answer(body) {
		/** @type {ChatMessage[]} */
		const messages = body.messages ?? [];
		const last = messages[messages.length - 1];
		if (last?.role === 'tool') {
			// n8n's words for a tool call a person declined in a human review (processHitlResponses).
			if (/User rejected the tool call/.test(textOf(last))) return { content: ScriptedModel.DECLINED_TEXT };
			const names = [...textOf(last).matchAll(/"first_name":"([^"]*)","last_name":"([^"]*)"/g)];
			if (names.length === 0) return { content: ScriptedModel.DONE_TEXT };
			return { content: `Found: ${names.map((n) => `${n[1]} ${n[2]}`).join(', ')}` };
		}
		const asked = textOf(last ?? { role: 'user' });
		/** @param {RegExp} name */
		const tool = (name) => (body.tools ?? []).find((/** @type {any} */ t) => name.test(t?.function?.name ?? ''));
		/** @param {any} chosen @param {Record<string, unknown>} args */
		const call = (chosen, args) => ({
			content: null,
			tool_calls: [
				{
					id: `call_${this.requests.length}`,
					type: 'function',
					function: { name: chosen.function.name, arguments: JSON.stringify(args) },
				},
			],
		});
		const post = tool(/post/i);
		if (/chat 102/i.test(asked) && post) return call(post, postArguments(post.function.parameters));
		const find = tool(/find/i);
		const who = /who is (\w+)/i.exec(asked);
		if (who && find) return call(find, { query: who[1] });
		return { content: `You said: ${asked}` };
	}

	/** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
	handle(req, res) {
		/** @type {Buffer[]} */
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => {
			if (req.method === 'GET' && /\/models$/.test(req.url ?? '')) {
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ object: 'list', data: [{ id: 'gpt-5-mini', object: 'model' }] }));
				return;
			}
			if (req.method !== 'POST' || !/\/chat\/completions$/.test(req.url ?? '')) {
				res.writeHead(404, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ error: { message: `scripted model: no route ${req.method} ${req.url}` } }));
				return;
			}
			let body;
			try {
				body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
			} catch {
				res.writeHead(400).end();
				return;
			}
			this.requests.push(body);
			const message = { role: 'assistant', ...this.answer(body) };
			const finish = message.tool_calls ? 'tool_calls' : 'stop';
			const base = {
				id: `chatcmpl-${this.requests.length}`,
				created: Math.floor(Date.now() / 1000),
				model: body.model,
			};
			const usage = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 };
			if (!body.stream) {
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end(
					JSON.stringify({
						...base,
						object: 'chat.completion',
						choices: [{ index: 0, message, finish_reason: finish }],
						usage,
					}),
				);
				return;
			}
			res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
			const chunk = (/** @type {any} */ delta, /** @type {string|null} */ reason) =>
				`data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: reason }] })}\n\n`;
			const delta = message.tool_calls
				? {
						role: 'assistant',
						content: null,
						tool_calls: message.tool_calls.map((call, index) => ({ index, ...call })),
					}
				: { role: 'assistant', content: message.content };
			res.write(chunk(delta, null));
			res.write(chunk({}, finish));
			res.write(`data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [], usage })}\n\n`);
			res.end('data: [DONE]\n\n');
		});
	}
}

module.exports = { ScriptedModel, textOf };
