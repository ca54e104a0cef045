import type { IDataObject } from 'n8n-workflow';

import { runWorkflow } from '../../../harness';
import type { FakePachca } from '../../../support/pachca';
import { credentialsFor, useFakePachca } from '../../../support/pachca';
import { messagePayload } from '../../../support/triggers';

const fake = useFakePachca();

/** A person's message in chat 101, posted through the API so the fake knows it; its webhook event. */
async function askedInChat(content = 'what is new?'): Promise<IDataObject> {
	const response = await fetch(`${fake.baseUrl}/messages`, {
		method: 'POST',
		headers: { authorization: `Bearer ${fake.tokens.admin}`, 'content-type': 'application/json' },
		body: JSON.stringify({ message: { entity_type: 'discussion', entity_id: 101, content } }),
	});
	const { data } = (await response.json()) as { data: IDataObject };
	fake.clearRequests();
	return messagePayload({ id: data.id, content, user_id: 2, event_type: 'message_new', chatInput: content });
}

const inThread501 = messagePayload({
	id: 1012,
	entity_type: 'thread',
	entity_id: 501,
	chat_id: 105,
	thread: { message_id: 1003, message_chat_id: 101 },
});

const sent = (f: FakePachca) =>
	f.requests.map((request) => {
		const message = (request.body as { message?: IDataObject } | undefined)?.message;
		return [
			`${request.method} ${request.path} ${request.role}`,
			message && [message.entity_type, message.entity_id, message.content],
		];
	});

const reply = (parameters: IDataObject = {}) => ({ resource: 'message', operation: 'reply', ...parameters });
const credentials = () => credentialsFor(fake);

describe('Message → Reply after an AI Agent', () => {
	it('answers a chat message in a new thread under it, with the text left at its default', async () => {
		const event = await askedInChat();
		const { items, error } = await runWorkflow({ events: [event], parameters: reply(), credentials: credentials() });
		expect(error).toBeUndefined();
		const thread = fake.state.threadOfMessage(event.id as number);
		expect(sent(fake)).toEqual([
			[`POST /messages/${event.id}/thread bot`, undefined],
			['POST /messages bot', ['thread', thread.id, 'ok 1']],
		]);
		expect(items.map((item: { json: IDataObject }) => [item.json.chat_id, item.json.content])).toEqual([
			[thread.chat_id, 'ok 1'],
		]);
	});

	it('answers a thread message in that thread, and a trigger renamed is still found', async () => {
		const { error } = await runWorkflow({
			triggerName: 'Questions to the bot',
			events: [inThread501],
			parameters: reply(),
			credentials: credentials(),
		});
		expect(error).toBeUndefined();
		expect(sent(fake)).toEqual([['POST /messages bot', ['thread', 501, 'ok 1']]]);
	});

	it('answers in the chat when asked to', async () => {
		const event = await askedInChat();
		await runWorkflow({ events: [event], parameters: reply({ replyIn: 'chat' }), credentials: credentials() });
		expect(sent(fake)).toEqual([['POST /messages bot', ['discussion', 101, 'ok 1']]]);
	});

	it('follows each answer back to its own event when the polling trigger emits several', async () => {
		const first = await askedInChat('one');
		const { error } = await runWorkflow({
			trigger: 'pachcaPollingTrigger',
			events: [first, inThread501],
			agent: { answer: 'answer' },
			parameters: reply({ replyIn: 'chat' }),
			credentials: credentials(),
		});
		expect(error).toBeUndefined();
		expect(sent(fake)).toEqual([
			['POST /messages bot', ['discussion', 101, 'answer 1']],
			['POST /messages bot', ['thread', 501, 'answer 2']],
		]);
	});

	it('without lineage: still answers a single delivery, refuses to guess among several', async () => {
		const event = await askedInChat();
		await runWorkflow({
			events: [event],
			agent: { dropLineage: true },
			parameters: reply({ replyIn: 'chat' }),
			credentials: credentials(),
		});
		expect(sent(fake)).toEqual([
			['POST /messages bot', ['discussion', 101, 'ok 1']],
			['POST /messages bot', ['discussion', 101, 'ok 2']],
		]);
		fake.clearRequests();
		const { error } = await runWorkflow({
			trigger: 'pachcaPollingTrigger',
			events: [event, inThread501],
			agent: { dropLineage: true },
			parameters: reply({ replyIn: 'chat' }),
			credentials: credentials(),
		});
		expect(error?.message).toMatch(/Reply found no Pachca event to answer/);
		expect(fake.requests).toEqual([]);
	});

	it('answers a button click under the message with the button', async () => {
		const event = await askedInChat('Deploy?');
		const click = {
			type: 'button',
			event: 'click',
			message_id: event.id,
			trigger_id: 't-1',
			data: 'yes',
			user_id: 4,
			chat_id: 101,
		};
		const { error } = await runWorkflow({ events: [click], parameters: reply(), credentials: credentials() });
		expect(error).toBeUndefined();
		const thread = fake.state.threadOfMessage(event.id as number);
		expect(sent(fake)).toEqual([
			[`POST /messages/${event.id}/thread bot`, undefined],
			['POST /messages bot', ['thread', thread.id, 'ok 1']],
		]);
	});

	it('answers directly after the trigger too', async () => {
		await runWorkflow({
			events: [inThread501],
			agent: null,
			parameters: reply({ replyText: '={{ "you said: " + $json.content }}' }),
			credentials: credentials(),
		});
		expect(sent(fake)).toEqual([['POST /messages bot', ['thread', 501, 'you said: Deploy finished']]]);
	});
});

describe('Message → Reply with a long text', () => {
	const paragraph = (n: number) => `Paragraph ${n}. ${'word '.repeat(30).trim()}.`;
	const long = [1, 2, 3, 4].map(paragraph).join('\n\n');

	it('splits it at paragraph ends into messages of at most Max Length, in order, losing nothing', async () => {
		const { items, error } = await runWorkflow({
			events: [inThread501],
			parameters: reply({ replyText: long, replyOptions: { maxLength: 400 } }),
			credentials: credentials(),
		});
		expect(error).toBeUndefined();
		const contents = items.map((item: { json: IDataObject }) => String(item.json.content));
		expect(contents).toEqual([`${paragraph(1)}\n\n${paragraph(2)}`, `${paragraph(3)}\n\n${paragraph(4)}`]);
		expect(contents.join('\n\n')).toBe(long);
		expect(contents.every((text: string) => text.length <= 400)).toBe(true);
	});

	it('refuses it with a clear error and sends nothing when asked to', async () => {
		const { error } = await runWorkflow({
			events: [inThread501],
			parameters: reply({ replyText: long, replyOptions: { maxLength: 400, longText: 'refuse' } }),
			credentials: credentials(),
		});
		expect(error?.message).toBe(`Text is ${long.length} characters, more than Max Length (400); nothing was sent.`);
		expect(fake.requests).toEqual([]);
	});

	it('refuses an empty answer before sending anything', async () => {
		const { error } = await runWorkflow({
			events: [inThread501],
			parameters: reply({ replyText: '  ' }),
			credentials: credentials(),
		});
		expect(error?.message).toBe('Text is empty: there is nothing to reply.');
		expect(fake.requests).toEqual([]);
	});
});
