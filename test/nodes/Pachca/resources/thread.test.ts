import { lastRequest, run, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

const thread = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'thread',
	operation,
	...extra,
});

describe('Thread', () => {
	it('creates a thread on a message', async () => {
		const items = await run(fake, thread('create', { threadMessageId: 1004 }));
		expect(lastRequest(fake)).toMatchObject({ method: 'POST', path: '/messages/1004/thread', role: 'bot' });
		expect(items[0]).toMatchObject({ message_id: 1004, message_chat_id: 101 });
		expect(fake.state.threadOfMessage(1004)?.id).toBe(items[0].id);
	});

	it('creates a standalone thread', async () => {
		const items = await run(fake, thread('createStandalone'));
		expect(lastRequest(fake)).toMatchObject({ method: 'POST', path: '/threads', role: 'bot' });
		expect(items[0]).toMatchObject({ message_id: null, message_chat_id: null });
	});

	it('gets a thread', async () => {
		const items = await run(fake, thread('get', { selectedThreadId: 501 }));
		expect(lastRequest(fake)).toMatchObject({ method: 'GET', path: '/threads/501' });
		expect(items).toEqual([expect.objectContaining({ id: 501, chat_id: 105, message_id: 1003 })]);
	});

	it('lists threads active after a date', async () => {
		const items = await run(
			fake,
			thread('getAll', {
				returnAll: false,
				limit: 10,
				threadFilters: { last_message_at_after: '2025-01-15T09:00:00Z' },
			}),
		);
		expect(lastRequest(fake)).toMatchObject({
			method: 'GET',
			path: '/threads',
			query: { last_message_at_after: '2025-01-15T09:00:00.000Z', limit: '10' },
		});
		expect(items.map((item) => item.id)).toContain(501);
	});
});
