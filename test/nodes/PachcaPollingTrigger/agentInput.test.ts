import type { IDataObject } from 'n8n-workflow';

import { poll } from '../../harness';
import { useFakePachca } from '../../support/pachca';
import { triggerFor } from '../../support/triggers';

const fake = useFakePachca();
const botOnly = { tokens: { bot: fake.tokens.bot } };

/** A message posted by the admin (Maria, user 2) in a chat or a thread, through Pachca's API. */
async function post(content: string, entity: { entity_type: string; entity_id: number }): Promise<number> {
	const response = await fetch(`${fake.baseUrl}/messages`, {
		method: 'POST',
		headers: { authorization: `Bearer ${fake.tokens.admin}`, 'content-type': 'application/json' },
		body: JSON.stringify({ message: { ...entity, content } }),
	});
	expect(response.status).toBe(201);
	return ((await response.json()) as { data: { id: number } }).data.id;
}

const inChat = { entity_type: 'discussion', entity_id: 101 };
const inThread501 = { entity_type: 'thread', entity_id: 501 };
const jsonOf = (emitted: Array<Array<{ json: IDataObject }>> | null) => (emitted ?? [[]])[0].map((item) => item.json);

describe('Pachca Polling Trigger output for an AI Agent', () => {
	it('gives chatInput and a per-thread sessionId, as the webhook trigger does', async () => {
		const trigger = await triggerFor(fake, 'pachcaPollingTrigger', { events: ['message_new'] }, botOnly);
		expect(await poll(trigger)).toBeNull();
		await post('@demo_bot what is new', inChat);
		await post('in the thread', inThread501);
		await post('@demo_bot: and here?', inThread501);
		const items = jsonOf(await poll(trigger));
		expect(items.map((item) => [item.content, item.chatInput, item.sessionId])).toEqual([
			['@demo_bot what is new', 'what is new', 'pachca-chat-101'],
			['in the thread', 'in the thread', 'pachca-chat-105'],
			['@demo_bot: and here?', 'and here?', 'pachca-chat-105'],
		]);
		expect(items[1]).toEqual(expect.objectContaining({ thread: { message_id: 1003, message_chat_id: 101 } }));
	});

	it('follows the AI Agent Session option and strips the matched command', async () => {
		const trigger = await triggerFor(
			fake,
			'pachcaPollingTrigger',
			{ events: ['message_new'], filters: { commands: '/ask' }, options: { sessionScope: 'chatUser' } },
			botOnly,
		);
		expect(await poll(trigger)).toBeNull();
		await post('/ask in the chat', inChat);
		await post('/ask in the thread', inThread501);
		await post('no command', inChat);
		const items = jsonOf(await poll(trigger));
		expect(items.map((item) => [item.chatInput, item.sessionId])).toEqual([
			['in the chat', 'pachca-chat-101-user-2'],
			['in the thread', 'pachca-chat-101-user-2'],
		]);
	});

	it('gives edits chatInput and reactions none', async () => {
		const trigger = await triggerFor(
			fake,
			'pachcaPollingTrigger',
			{ events: ['message_update', 'reaction_new'] },
			botOnly,
		);
		fake.state.bots.get(3).webhook.events.push('message_update');
		expect(await poll(trigger)).toBeNull();
		const id = await post('first text', inChat);
		const headers = { authorization: `Bearer ${fake.tokens.admin}`, 'content-type': 'application/json' };
		const edit = await fetch(`${fake.baseUrl}/messages/${id}`, {
			method: 'PUT',
			headers,
			body: JSON.stringify({ message: { content: 'second text' } }),
		});
		expect(edit.status).toBe(200);
		const react = await fetch(`${fake.baseUrl}/messages/${id}/reactions`, {
			method: 'POST',
			headers,
			body: JSON.stringify({ code: '👍' }),
		});
		expect(react.ok).toBe(true);
		const items = jsonOf(await poll(trigger));
		expect(items.map((item) => [item.event_type, item.chatInput, item.sessionId])).toEqual([
			['message_update', 'second text', 'pachca-chat-101'],
			['reaction_new', undefined, 'pachca-chat-101'],
		]);
	});
});
