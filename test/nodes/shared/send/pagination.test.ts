import type { LoggedRequest } from '../../../support/pachca';
import { byId, run, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();
const BIG_CHAT = 190;

beforeAll(() => {
	fake.state.addChat({ id: BIG_CHAT, name: 'Busy chat', owner_id: 1 }, [[3, 'member']]);
	for (let i = 0; i < 130; i++) fake.state.addMessage({ chat_id: BIG_CHAT, user_id: 4, content: `Message ${i + 1}` });
});

const listBig = (extra: Record<string, unknown>) => ({
	resource: 'message',
	operation: 'getAll',
	messageChatId: byId('id', BIG_CHAT),
	messageOptions: { order: 'asc' },
	...extra,
});

describe('cursor pagination', () => {
	it('Return All follows next_page until has_next is false, keeping the filters on every page', async () => {
		const items = await run(fake, listBig({ returnAll: true }));
		expect(items).toHaveLength(130);
		expect(items[0].content).toBe('Message 1');
		expect(new Set(items.map((item) => item.id)).size).toBe(130);
		expect(
			fake.requests.map((r: LoggedRequest) => [
				r.query.limit,
				r.query.chat_id,
				r.query.order,
				r.query.cursor === undefined,
			]),
		).toEqual([
			['50', String(BIG_CHAT), 'asc', true],
			['50', String(BIG_CHAT), 'asc', false],
			['50', String(BIG_CHAT), 'asc', false],
		]);
	});

	it('Limit asks only for what is still missing and stops there', async () => {
		const items = await run(fake, listBig({ returnAll: false, limit: 120 }));
		expect(items).toHaveLength(120);
		expect(items[119].content).toBe('Message 120');
		expect(fake.requests.map((r: LoggedRequest) => r.query.limit)).toEqual(['50', '50', '20']);
	});

	it.each([
		['a 429 (Retry-After: 1)', { status: 429, headers: { 'retry-after': '1' } }],
		['a 503', { status: 503 }],
	])('%s in the middle of Return All: that page is asked again, no page lost or repeated', async (_case, fault) => {
		fake.failRoute({ method: 'GET', path: '/messages', after: 1, ...fault });
		const items = await run(fake, listBig({ returnAll: true }));
		expect(items).toHaveLength(130);
		expect(new Set(items.map((item) => item.id)).size).toBe(130);
		const cursors = fake.requests.map((r: LoggedRequest) => r.query.cursor);
		expect(cursors).toHaveLength(4);
		expect(cursors[0]).toBeUndefined();
		expect(cursors[2]).toBe(cursors[1]);
		expect(new Set(cursors).size).toBe(3);
	});

	it('refuses a Limit below 1 before sending', async () => {
		await expect(run(fake, listBig({ returnAll: false, limit: 0 }))).rejects.toThrow(
			'Limit must be a whole number of at least 1',
		);
		expect(fake.requests).toHaveLength(0);
	});
});
