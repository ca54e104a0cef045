import { lastRequest, run, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

const reaction = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'reaction',
	operation,
	reactionMessageId: 1002,
	...extra,
});

describe('Reaction', () => {
	it('adds a reaction', async () => {
		const items = await run(fake, reaction('add', { addEmoji: '🚀', addAdditionalFields: { name: ':rocket:' } }));
		expect(lastRequest(fake)).toMatchObject({
			method: 'POST',
			path: '/messages/1002/reactions',
			role: 'bot',
			body: { code: '🚀', name: ':rocket:' },
		});
		expect(items[0]).toMatchObject({ code: '🚀' });
	});

	it('lists reactions of a message', async () => {
		const items = await run(fake, reaction('getAll', { reactionMessageId: 1001, returnAll: true }));
		expect(lastRequest(fake)).toMatchObject({
			method: 'GET',
			path: '/messages/1001/reactions',
			query: { limit: '50' },
		});
		expect(items.map((item) => item.code)).toEqual(expect.arrayContaining(['👍', '🔥']));
		expect(items).toHaveLength(3);
	});

	it('removes a reaction by emoji in the query', async () => {
		expect(await run(fake, reaction('remove', { removeEmoji: '🚀' }))).toEqual([{ success: true }]);
		expect(lastRequest(fake)).toMatchObject({
			method: 'DELETE',
			path: '/messages/1002/reactions',
			query: { code: '🚀' },
			role: 'bot',
		});
		expect(fake.state.reactions.get(1002) ?? []).toHaveLength(0);
	});
});
