// @ts-check
'use strict';
// n8n 2.41's human review gate with the Pachca node (issue 22): an AI Agent's Pachca tool runs
// only after a person approves the call in Pachca. The agent's model (scripted-model.js) calls
// "Post to a chat"; n8n's generated Pachca Human review node (pachcaHitlTool) asks in General
// with URL buttons and the execution waits; Approve runs the tool and the agent answers with
// the tool's result, Decline refuses it and the model is told so; answered inside Pachca (Data
// buttons) the press goes through the same workflow's trigger and Approve runs the tool.

const { request } = require('undici');
const { waitFor, expect } = require('./runner');
const { createActive, visit } = require('./send-wait-client');
const { agentReviewWorkflow, REVIEW, IN_PACHCA, REVIEW_CHAT } = require('./agent-review-workflow');
const { ScriptedModel, textOf } = require('./scripted-model');
const { say, press } = require('../../scripts/sandbox/actions');

const BOT = 3;
const ANNA = 4;
/** The seeded thread (on message 1003 in General): its own chat. */
const THREAD_CHAT = 105;
const APOLLO = 102;

/** @typedef {import('../../scripts/sandbox/server').PachcaSandbox} PachcaSandbox */

/** The bot's messages in a chat after `afterId`. @param {PachcaSandbox} sb @param {number} chatId @param {number} afterId */
const botMessagesIn = (sb, chatId, afterId) =>
	[...sb.fake.state.messages.values()].filter((m) => m.chat_id === chatId && m.user_id === BOT && m.id > afterId);

/**
 * @param {import('./runner').Steps} steps
 * @param {{ rest: import('../../scripts/n8n/rest').N8nRest, webhookBase: string, sandbox: PachcaSandbox, model: ScriptedModel }} target
 */
async function agentReviewSteps(steps, { rest, webhookBase, sandbox, model }) {
	const { fake } = sandbox;
	const secrets = [fake.tokens.bot, fake.tokens.admin, fake.tokens.owner, sandbox.signingSecret, 'sk-scripted'];
	/** Creates the workflow and publishes it; resolves once its trigger holds the bot's outgoing_url. @param {'browser' | 'pachca'} answerIn */
	const publish = async (answerIn) => {
		const url = `${webhookBase}/webhook/${(answerIn === 'pachca' ? IN_PACHCA : REVIEW).webhookId}/webhook`;
		const id = await createActive(rest, agentReviewWorkflow(answerIn));
		await waitFor(`outgoing_url = ${url} (now "${sandbox.botWebhookUrl}")`, () => sandbox.botWebhookUrl === url, {
			timeoutMs: 30000,
		});
		return id;
	};
	/** @param {string} id */
	const unpublish = async (id) => {
		await rest.ok('POST', `/rest/workflows/${id}/deactivate`, {});
		await waitFor(`an empty outgoing_url (now "${sandbox.botWebhookUrl}")`, () => sandbox.botWebhookUrl === '', {
			timeoutMs: 30000,
		});
	};
	let workflowId = await steps.step('human review: the workflow created and published (REST)', async () => {
		const apollo = await request(`${sandbox.baseUrl}/chats/${APOLLO}/unarchive`, {
			method: 'PUT',
			headers: { authorization: `Bearer ${fake.tokens.admin}` },
		});
		await apollo.body.dump();
		return await publish('browser');
	});
	if (!workflowId) return;
	const executions = async () => {
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const { results = [] } = await rest.ok('GET', `/rest/executions?filter=${filter}`);
		return /** @type {Array<{ id: string, status: string }>} */ (results);
	};
	/**
	 * A person asks the bot in a thread to post to chat 102; resolves once the review question
	 * (with its buttons) is in General and the execution waits.
	 * @param {string} text
	 */
	const ask = async (text) => {
		const before = Math.max(...fake.state.messages.keys());
		const said = await say(sandbox, { text: `@demo_bot ${text}`, chat_id: THREAD_CHAT, user_id: ANNA });
		const question = await waitFor('the review question in General', () =>
			botMessagesIn(sandbox, REVIEW_CHAT, before).find((m) => m.buttons),
		);
		await waitFor('the execution to be waiting', async () => (await executions()).some((e) => e.status === 'waiting'));
		return { before, said, question };
	};
	/** The bot's answer in the thread after the person's message. @param {{ id: number }} said */
	const answerTo = (said) =>
		waitFor("the agent's answer in the thread", () => botMessagesIn(sandbox, THREAD_CHAT, said.id)[0]);
	/** The model request whose last message is the tool's result. @param {string} toolText */
	const afterTool = (toolText) =>
		model.requests.find((body) => {
			const last = (body.messages ?? []).at(-1);
			return last?.role === 'tool' && textOf(last).includes(toolText);
		});

	/** @type {Awaited<ReturnType<typeof ask>> | undefined} */
	let approval;
	await steps.step(
		"human review: the model's call of Post to a chat is asked in General (Approve / Decline URL buttons); the tool has not run",
		async () => {
			approval = await ask('please tell chat 102 that release 2.4 is out (reviewed)');
			const { question, before } = approval;
			const [[approve, decline]] = question.buttons;
			expect(
				approve?.text === '✅ Approve' && decline?.text === '❌ Decline',
				`buttons: ${JSON.stringify(question.buttons)}`,
			);
			for (const button of [approve, decline])
				expect(button.url.startsWith(`${webhookBase}/webhook-waiting/`), `button link ${button.url}`);
			expect(
				/Post_to_a_chat/.test(question.content) &&
					question.content.includes(ScriptedModel.POSTED_TEXT) &&
					question.content.includes(String(APOLLO)),
				`the question does not name the tool and its input: ${question.content}`,
			);
			expect(!question.content.includes('[object Object]'), `the input is not shown: ${question.content}`);
			const shown = JSON.stringify(question);
			for (const secret of secrets) expect(!shown.includes(secret), 'a token or secret is in the review message');
			expect(botMessagesIn(sandbox, APOLLO, before).length === 0, 'the tool ran before anyone approved it');
			expect(
				botMessagesIn(sandbox, THREAD_CHAT, approval.said.id).length === 0,
				'the agent answered before the review',
			);
		},
	);
	await steps.step(
		'human review: Approve (followed as a browser) runs the tool — the post is in chat 102 — and the agent answers with its result',
		async () => {
			if (!approval) throw new Error('no review question');
			const { question, before, said } = approval;
			const click = await visit(question.buttons[0][0].url);
			expect(click.status === 200 && click.text.includes('✅ Approved'), `click answered ${click.status}`);
			const posted = await waitFor('the post in chat 102', () => botMessagesIn(sandbox, APOLLO, before)[0]);
			expect(posted.content === ScriptedModel.POSTED_TEXT, `chat 102 got ${JSON.stringify(posted.content)}`);
			const answer = await answerTo(said);
			expect(answer.content === ScriptedModel.DONE_TEXT, `the answer in the thread is "${answer.content}"`);
			expect(afterTool(String(posted.id)), "the model's second call did not get the posted message");
			expect(fake.state.messages.get(question.id).content.endsWith('✅ Approved'), 'review message not marked');
			expect(botMessagesIn(sandbox, APOLLO, before).length === 1, 'the tool ran more than once');
			await waitFor('the execution to succeed', async () => (await executions())[0]?.status === 'success');
		},
	);
	await steps.step(
		'human review: Decline refuses the call — nothing in chat 102 — and the model is told it was declined',
		async () => {
			const { question, before, said } = await ask('please tell chat 102 that release 2.4 is out (declined)');
			const click = await visit(question.buttons[0][1].url);
			expect(click.status === 200 && click.text.includes('❌ Declined'), `click answered ${click.status}`);
			const answer = await answerTo(said);
			expect(answer.content === ScriptedModel.DECLINED_TEXT, `the answer in the thread is "${answer.content}"`);
			expect(afterTool('User rejected the tool call'), 'the model was not told the call was declined');
			expect(botMessagesIn(sandbox, APOLLO, before).length === 0, 'the declined tool ran');
			await waitFor('the execution to succeed', async () => (await executions())[0]?.status === 'success');
		},
	);
	await steps.step(
		'human review answered inside Pachca (Data buttons): the press reaches the trigger of the same workflow, Approve runs the tool',
		async () => {
			await unpublish(workflowId);
			workflowId = await publish('pachca');
			const { question, before, said } = await ask('please tell chat 102 that release 2.4 is out (in Pachca)');
			const buttons = question.buttons.flat();
			expect(
				buttons.every((/** @type {any} */ b) => !b.url && b.data.startsWith('n8n-wait|')),
				`buttons: ${JSON.stringify(buttons)}`,
			);
			const pressed = /** @type {any} */ (await press(sandbox, { message_id: question.id, data: '✅ Approve' }));
			expect(pressed.delivery?.status === 200, `the trigger answered ${JSON.stringify(pressed.delivery)}`);
			const posted = await waitFor('the post in chat 102', () => botMessagesIn(sandbox, APOLLO, before)[0]);
			expect(posted.content === ScriptedModel.POSTED_TEXT, `chat 102 got ${JSON.stringify(posted.content)}`);
			const answer = await answerTo(said);
			expect(answer.content === ScriptedModel.DONE_TEXT, `the answer in the thread is "${answer.content}"`);
			const all = await executions();
			expect(
				all.length === 1 && all[0].status === 'success',
				`executions: ${JSON.stringify(all.map((e) => e.status))} (the press must start none of its own)`,
			);
		},
	);
	await steps.step("human review: the workflow unpublished (REST): the bot's outgoing_url is cleared", async () => {
		await unpublish(workflowId);
	});
}

module.exports = { agentReviewSteps };
