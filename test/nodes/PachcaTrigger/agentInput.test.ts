import type { IDataObject } from 'n8n-workflow';

import { deliver } from '../../fake-pachca/sign';
import type { DeliveryServer } from '../../harness';
import { startDeliveryServer } from '../../harness';
import { useFakePachca } from '../../support/pachca';
import { SECRET, messagePayload, triggerFor } from '../../support/triggers';

const fake = useFakePachca();
let servers: DeliveryServer[] = [];

afterEach(async () => {
	await Promise.all(servers.map(async (server) => await server.stop()));
	servers = [];
});

async function endpoint(parameters: IDataObject = {}): Promise<DeliveryServer> {
	const trigger = await triggerFor(fake, 'pachcaTrigger', {
		events: ['message_new', 'message_update', 'message_delete', 'reaction_new'],
		registration: 'manual',
		...parameters,
	});
	const server = await startDeliveryServer(trigger);
	servers.push(server);
	return server;
}

/** Delivers each payload, signed, and resolves to what the workflow received. */
async function received(server: DeliveryServer, payloads: IDataObject[]): Promise<IDataObject[]> {
	for (const payload of payloads) expect((await deliver(server.url, payload, { secret: SECRET })).status).toBe(200);
	return server.items;
}

const inThread = (overrides: IDataObject = {}) =>
	messagePayload({
		entity_type: 'thread',
		entity_id: 501,
		chat_id: 105,
		thread: { message_id: 1003, message_chat_id: 101 },
		...overrides,
	});

describe('Pachca Trigger output for an AI Agent', () => {
	it('gives chatInput without the bot’s mention, learning the nickname from Pachca once', async () => {
		const server = await endpoint();
		const items = await received(server, [
			messagePayload({ id: 1, content: '@demo_bot what is new' }),
			messagePayload({ id: 2, content: 'and @demo_bot, tomorrow?' }),
			messagePayload({ id: 3, content: 'plain question' }),
		]);
		expect(items.map((item) => item.chatInput)).toEqual(['what is new', 'and tomorrow?', 'plain question']);
		expect(items[0]).toEqual(
			expect.objectContaining({ content: '@demo_bot what is new', event_type: 'message_new', chat_id: 101 }),
		);
		expect(fake.requests.map((request) => `${request.method} ${request.path} ${request.role}`)).toEqual([
			'GET /profile bot',
		]);
	});

	it('takes the matched command off the text', async () => {
		const server = await endpoint({ filters: { commands: '/ask' } });
		const items = await received(server, [messagePayload({ content: '/ask what is new' })]);
		expect(items.map((item) => item.chatInput)).toEqual(['what is new']);
		expect(fake.requests).toEqual([]);
	});

	it('keeps one session per thread and one for the chat outside threads (default)', async () => {
		const server = await endpoint();
		const items = await received(server, [
			messagePayload({ id: 1, user_id: 4 }),
			inThread({ id: 2, user_id: 4 }),
			messagePayload({ id: 3, user_id: 5, event: 'update', content: 'edited text' }),
			inThread({ id: 4, user_id: 5 }),
		]);
		expect(items.map((item) => [item.event_type, item.sessionId, item.chatInput])).toEqual([
			['message_new', 'pachca-chat-101', 'Deploy finished'],
			['message_new', 'pachca-chat-105', 'Deploy finished'],
			['message_update', 'pachca-chat-101', 'edited text'],
			['message_new', 'pachca-chat-105', 'Deploy finished'],
		]);
	});

	it.each([
		['chat', ['pachca-chat-101', 'pachca-chat-101', 'pachca-chat-101']],
		['chatUser', ['pachca-chat-101-user-4', 'pachca-chat-101-user-4', 'pachca-chat-101-user-5']],
	])('with AI Agent Session "%s"', async (sessionScope, expected) => {
		const server = await endpoint({ options: { sessionScope } });
		const items = await received(server, [
			messagePayload({ id: 1, user_id: 4 }),
			inThread({ id: 2, user_id: 4 }),
			inThread({ id: 3, user_id: 5 }),
		]);
		expect(items.map((item) => item.sessionId)).toEqual(expected);
	});

	it('gives events that are not new or edited messages no chatInput', async () => {
		const server = await endpoint();
		const reaction = { type: 'reaction', event: 'new', message_id: 7, code: '👍', user_id: 4, chat_id: 101 };
		const items = await received(server, [messagePayload({ event: 'delete', content: '' }), reaction]);
		expect(items.map((item) => [item.event_type, 'chatInput' in item, item.sessionId])).toEqual([
			['message_delete', false, 'pachca-chat-101'],
			['reaction_new', false, 'pachca-chat-101'],
		]);
	});
});
