// @ts-check
'use strict';
// Example 10 (AI assistant bot) in real n8n with a scripted model (scripted-model.js): the
// Pachca Trigger feeds n8n's AI Agent, the agent calls the Pachca tool, Message → Reply answers
// in the thread, Simple Memory keeps one conversation per thread (sessionId from the trigger).

const fs = require('node:fs');
const path = require('node:path');
const { request } = require('undici');
const { n8nCli } = require('../../scripts/n8n/process');
const { N8nRest } = require('../../scripts/n8n/rest');
const { waitFor, expect } = require('./runner');
const { ScriptedModel, textOf } = require('./scripted-model');

const ASSISTANT = { id: 'pachcaExample10', webhookId: '5d0c7a1e-3b9f-4c61-9a52-e4c0de000010' };
/** The credential example 10 refers to. */
const MODEL_CREDENTIAL_ID = 'openAiApiExample';
const BOT = 3;
const ANNA = 4;
/** The seeded thread (on message 1003 in General): its own chat. */
const THREAD_CHAT = 105;

/** @typedef {import('../../scripts/sandbox/server').PachcaSandbox} PachcaSandbox */

/**
 * Imports the OpenAI credential of example 10, its Base URL pointing at the scripted model.
 * @param {import('../../scripts/n8n/install').N8nInstall} install @param {NodeJS.ProcessEnv} env
 * @param {ScriptedModel} model @param {string} workDir
 */
async function importModelCredential(install, env, model, workDir) {
	const file = path.join(workDir, 'model-credential.json');
	const record = {
		id: MODEL_CREDENTIAL_ID,
		name: 'Scripted model',
		type: 'openAiApi',
		data: { apiKey: 'sk-scripted', url: model.url },
	};
	fs.writeFileSync(file, JSON.stringify([record]), { mode: 0o600 });
	try {
		await n8nCli(install, env, ['import:credentials', `--input=${file}`]);
	} finally {
		fs.rmSync(file, { force: true });
	}
}

/** @param {string} url @param {unknown} body @param {Record<string, string>} [headers] */
async function post(url, body, headers = {}) {
	const response = await request(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body: JSON.stringify(body),
		headersTimeout: 30000,
		bodyTimeout: 30000,
	});
	return { status: response.statusCode, json: /** @type {any} */ (await response.body.json()) };
}

/** The bot's newest message in a chat after `afterId`. @param {PachcaSandbox} sb @param {number} chatId @param {number} afterId */
const botMessageIn = (sb, chatId, afterId) =>
	[...sb.fake.state.messages.values()].filter((m) => m.chat_id === chatId && m.user_id === BOT && m.id > afterId).pop();

/** A person's message in a chat, and the bot's answer there. @param {PachcaSandbox} sb @param {number} chatId @param {string} text */
async function ask(sb, chatId, text) {
	const said = await post(`${sb.url}/_sandbox/say`, { text, chat_id: chatId, user_id: ANNA });
	expect(said.status === 200, `the sandbox refused the message: ${JSON.stringify(said.json)}`);
	const answer = await waitFor(
		`the bot's answer to "${text}" in chat ${chatId}`,
		() => botMessageIn(sb, chatId, said.json.id),
		{
			timeoutMs: 60000,
		},
	);
	return { asked: said.json, answer };
}

/** The model request whose last user message is `text`. @param {ScriptedModel} model @param {string} text */
const requestFor = (model, text) =>
	model.requests.find((body) => {
		const users = (body.messages ?? []).filter((/** @type {any} */ m) => m.role === 'user');
		return users.length > 0 && textOf(users[users.length - 1]) === text;
	});

/**
 * @param {import('./runner').Steps} steps
 * @param {import('../../scripts/n8n/process').N8nServer} server
 * @param {PachcaSandbox} sandbox
 * @param {ScriptedModel} model
 * @param {{ email: string, password: string, firstName: string, lastName: string }} owner
 */
async function agentSteps(steps, server, sandbox, model, owner) {
	const base = String(server.env.WEBHOOK_URL).replace(/\/+$/, '');
	const url = `${base}/webhook/${ASSISTANT.webhookId}/webhook`;
	const rest = new N8nRest(`http://127.0.0.1:${server.port}`);
	const question = 'please tell chat 102 that release 2.4 is out';
	await steps.step(
		'example 10 activated (REST): its trigger registers its URL',
		async () => {
			// Example 8 archived the quiet chats before; the agent is to post in Project Apollo (102).
			const apollo = await request(`${sandbox.baseUrl}/chats/102/unarchive`, {
				method: 'PUT',
				headers: { authorization: `Bearer ${sandbox.fake.tokens.admin}` },
			});
			await apollo.body.dump();
			expect(apollo.statusCode < 300, `could not unarchive chat 102: HTTP ${apollo.statusCode}`);
			await rest.ensureOwner(owner);
			const workflow = await rest.ok('GET', `/rest/workflows/${ASSISTANT.id}`);
			await rest.ok('POST', `/rest/workflows/${ASSISTANT.id}/activate`, { versionId: workflow.versionId });
			await waitFor(`outgoing_url = ${url} (now "${sandbox.botWebhookUrl}")`, () => sandbox.botWebhookUrl === url, {
				timeoutMs: 30000,
			});
		},
		{ required: true },
	);
	await steps.step(
		'example 10: "@demo_bot …" in a thread → the agent (scripted model) posts to chat 102 with the Pachca tool and answers in the thread',
		async () => {
			const before = Math.max(...sandbox.fake.state.messages.keys());
			const { answer } = await ask(sandbox, THREAD_CHAT, `@demo_bot ${question}`);
			expect(answer.content === ScriptedModel.DONE_TEXT, `the answer in the thread is "${answer.content}"`);
			const posted = botMessageIn(sandbox, 102, before);
			expect(posted?.content === ScriptedModel.POSTED_TEXT, `chat 102 got ${JSON.stringify(posted?.content)}`);
			const first = requestFor(model, question);
			expect(
				first,
				`no model request had the prompt "${question}" (the bot's mention stripped): ${JSON.stringify(model.requests.map((r) => r.messages))}`,
			);
		},
	);
	await steps.step(
		'example 10: the model got the Pachca tools with their descriptions (Chat Completions, not Responses)',
		async () => {
			const first = requestFor(model, question);
			const tools = Object.fromEntries(
				(first?.tools ?? []).map((/** @type {any} */ t) => [t.function?.name, t.function]),
			);
			const post = tools.Post_to_a_chat;
			const find = tools.Find_people;
			expect(post && find, `tools sent: ${JSON.stringify(Object.keys(tools))}`);
			expect(
				/Post a message as the bot to a Pachca chat/.test(post.description),
				`tool description: ${post.description}`,
			);
			const props = post.parameters?.properties ?? {};
			expect(
				props.chatId?.type === 'number' &&
					/Numeric ID of the Pachca chat/.test(props.chatId?.description ?? '') &&
					/The message to post/.test(props.text?.description ?? ''),
				`Post_to_a_chat parameters: ${JSON.stringify(post.parameters)}`,
			);
			expect(
				/a name, an email/.test(find.parameters?.properties?.query?.description ?? ''),
				`Find_people: ${JSON.stringify(find.parameters)}`,
			);
		},
	);
	await steps.step(
		'example 10: a second message in the same thread reaches the model with the first exchange (memory by sessionId)',
		async () => {
			const { answer } = await ask(sandbox, THREAD_CHAT, 'and what did you just do?');
			expect(answer.content === 'You said: and what did you just do?', `the answer is "${answer.content}"`);
			const history = JSON.stringify(requestFor(model, 'and what did you just do?')?.messages ?? []);
			expect(history.includes(question) && history.includes(ScriptedModel.DONE_TEXT), `the model got: ${history}`);
		},
	);
	await steps.step(
		'example 10: "who is Anna?" → the agent finds her with the Find people tool (Search Users)',
		async () => {
			const { answer } = await ask(sandbox, THREAD_CHAT, 'who is Anna?');
			expect(/^Found: .*Anna Ivanova/.test(answer.content), `the answer is "${answer.content}"`);
		},
	);
	await steps.step(
		'example 10: a message in another thread is a new conversation (no history from the first)',
		async () => {
			const thread = await post(
				`${sandbox.baseUrl}/messages/1001/thread`,
				{},
				{ authorization: `Bearer ${sandbox.fake.tokens.admin}` },
			);
			expect(thread.status === 201, `could not open a thread: ${JSON.stringify(thread.json)}`);
			const { answer } = await ask(sandbox, thread.json.data.chat_id, 'hello from another thread');
			expect(answer.content === 'You said: hello from another thread', `the answer is "${answer.content}"`);
			const history = JSON.stringify(requestFor(model, 'hello from another thread')?.messages ?? []);
			expect(
				!history.includes('release 2.4') && !history.includes(ScriptedModel.DONE_TEXT),
				`the model got: ${history}`,
			);
		},
	);
	await steps.step("example 10 deactivated (REST): the bot's outgoing_url is cleared", async () => {
		await rest.ok('POST', `/rest/workflows/${ASSISTANT.id}/deactivate`, {});
		await waitFor(`an empty outgoing_url (now "${sandbox.botWebhookUrl}")`, () => sandbox.botWebhookUrl === '', {
			timeoutMs: 30000,
		});
	});
}

module.exports = { agentSteps, importModelCredential, ScriptedModel };
