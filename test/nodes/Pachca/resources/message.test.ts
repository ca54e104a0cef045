import { byId, lastRequest, run, runFailing, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

const message = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'message',
	operation,
	...extra,
});

describe('Message', () => {
	it('creates a message in a chat with the bot token', async () => {
		const items = await run(
			fake,
			message('create', {
				entityType: 'discussion',
				chatId: byId('id', 101),
				content: 'Hello from n8n',
				additionalFields: {
					parent_message_id: 1001,
					link_preview: true,
					buttons: '[[{"text":"Open","url":"https://example.com"}]]',
				},
			}),
		);
		const request = lastRequest(fake);
		expect(request).toMatchObject({ method: 'POST', path: '/messages', role: 'bot', query: {} });
		expect(request.body).toEqual({
			message: {
				entity_type: 'discussion',
				entity_id: 101,
				content: 'Hello from n8n',
				parent_message_id: 1001,
				buttons: [[{ text: 'Open', url: 'https://example.com' }]],
			},
			link_preview: true,
		});
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({
			chat_id: 101,
			content: 'Hello from n8n',
			entity_type: 'discussion',
			parent_message_id: 1001,
		});
		expect(fake.state.messages.get(items[0].id as number)?.content).toBe('Hello from n8n');
	});

	it('sends a direct message to a user picked by link', async () => {
		const items = await run(
			fake,
			message('create', {
				entityType: 'user',
				userId: byId('url', 'https://app.pachca.com/users/5'),
				content: 'Hi Pavel',
			}),
		);
		expect(lastRequest(fake).body).toEqual({ message: { entity_type: 'user', entity_id: 5, content: 'Hi Pavel' } });
		expect(items[0]).toMatchObject({ content: 'Hi Pavel' });
		expect(fake.state.memberIds(items[0].chat_id as number)).toEqual(expect.arrayContaining([3, 5]));
	});

	it('posts into a thread by thread ID', async () => {
		const items = await run(
			fake,
			message('create', { entityType: 'thread', threadId: 501, content: 'Reply in thread' }),
		);
		expect(lastRequest(fake).body).toEqual({
			message: { entity_type: 'thread', entity_id: 501, content: 'Reply in thread' },
		});
		expect(items[0]).toMatchObject({ entity_type: 'thread', entity_id: 501, chat_id: 105 });
	});

	it('gets a message by ID', async () => {
		const items = await run(fake, message('get', { messageId: 1005 }));
		expect(lastRequest(fake)).toMatchObject({ method: 'GET', path: '/messages/1005', role: 'bot' });
		expect(items).toEqual([
			expect.objectContaining({ id: 1005, chat_id: 101, content: 'Daily report: 12 tasks closed, 3 in progress.' }),
		]);
	});

	it('lists messages of a chat, sorted as asked, with a limit', async () => {
		const items = await run(
			fake,
			message('getAll', {
				messageChatId: byId('id', 101),
				returnAll: false,
				limit: 3,
				messageOptions: { order: 'asc', sort: 'id' },
			}),
		);
		expect(lastRequest(fake)).toMatchObject({
			method: 'GET',
			path: '/messages',
			query: { chat_id: '101', order: 'asc', sort: 'id', limit: '3' },
		});
		expect(items.map((item) => item.id)).toEqual([1001, 1002, 1003]);
	});

	it('updates the text and clears the buttons of a message', async () => {
		const items = await run(
			fake,
			message('update', { messageId: 1005, messageUpdateFields: { content: 'Report v2', buttons: '[]' } }),
		);
		expect(lastRequest(fake)).toMatchObject({
			method: 'PUT',
			path: '/messages/1005',
			role: 'bot',
			body: { message: { content: 'Report v2', buttons: [] } },
		});
		expect(items[0]).toMatchObject({ id: 1005, content: 'Report v2' });
	});

	it('refuses an update with no fields before sending anything', async () => {
		const error = await runFailing(fake, message('update', { messageId: 1005, messageUpdateFields: {} }));
		expect(error.message).toContain('Update Fields is empty');
		expect(fake.requests).toHaveLength(0);
	});

	it.each([
		['pin', 1007, 'POST', '/messages/1007/pin'],
		['unpin', 1001, 'DELETE', '/messages/1001/pin'],
		['delete', 1008, 'DELETE', '/messages/1008'],
	])('%s answers 204 and outputs success', async (operation, messageId, method, path) => {
		const items = await run(fake, message(operation, { messageId }));
		expect(lastRequest(fake)).toMatchObject({ method, path, role: 'bot' });
		expect(items).toEqual([{ success: true }]);
	});
});
