import { byId, lastRequest, run, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

const chat = (operation: string, extra: Record<string, unknown> = {}) => ({ resource: 'chat', operation, ...extra });

describe('Chat', () => {
	it('creates a channel with members and tags', async () => {
		const items = await run(
			fake,
			chat('create', {
				chatName: 'Releases',
				chatAdditionalFields: { channel: true, public: false, member_ids: '4, 5', group_tag_ids: '12' },
			}),
		);
		expect(lastRequest(fake)).toMatchObject({
			method: 'POST',
			path: '/chats',
			role: 'bot',
			body: { chat: { name: 'Releases', channel: true, public: false, member_ids: [4, 5], group_tag_ids: [12] } },
		});
		expect(items[0]).toMatchObject({ name: 'Releases', channel: true, public: false });
		expect(fake.state.memberIds(items[0].id as number)).toEqual(expect.arrayContaining([3, 4, 5]));
	});

	it('gets a chat picked by link', async () => {
		const items = await run(fake, chat('get', { selectedChatId: byId('url', 'https://app.pachca.com/chats/102') }));
		expect(lastRequest(fake)).toMatchObject({ method: 'GET', path: '/chats/102', role: 'bot' });
		expect(items).toEqual([expect.objectContaining({ id: 102, name: 'Project Apollo' })]);
	});

	it('lists chats with the filters and sort of the spec', async () => {
		const items = await run(
			fake,
			chat('getAll', {
				returnAll: true,
				chatFilters: {
					availability: 'is_member',
					archived: true,
					personal: false,
					last_message_at_after: '2024-01-01T00:00:00Z',
				},
				chatOptions: { sort: 'id', order: 'asc' },
			}),
		);
		expect(lastRequest(fake)).toMatchObject({
			method: 'GET',
			path: '/chats',
			query: {
				availability: 'is_member',
				archived: 'true',
				personal: 'false',
				last_message_at_after: '2024-01-01T00:00:00.000Z',
				sort: 'id',
				order: 'asc',
				limit: '50',
			},
		});
		const ids = items.map((item) => item.id as number);
		expect(ids).toEqual([...ids].sort((a, b) => a - b));
		expect(ids).toEqual(expect.arrayContaining([102, 103]));
		expect(ids).not.toContain(104);
	});

	it('renames a chat', async () => {
		const items = await run(
			fake,
			chat('update', { selectedChatId: byId('id', 102), chatUpdateFields: { name: 'Apollo 2', public: true } }),
		);
		expect(lastRequest(fake)).toMatchObject({
			method: 'PUT',
			path: '/chats/102',
			body: { chat: { name: 'Apollo 2', public: true } },
		});
		expect(items[0]).toMatchObject({ id: 102, name: 'Apollo 2', public: true });
	});

	it('archives and unarchives a chat', async () => {
		expect(await run(fake, chat('archive', { selectedChatId: byId('id', 102) }))).toEqual([{ success: true }]);
		expect(lastRequest(fake)).toMatchObject({ method: 'PUT', path: '/chats/102/archive', role: 'bot' });
		expect(fake.state.chats.get(102).archived).toBe(true);
		expect(await run(fake, chat('unarchive', { selectedChatId: byId('id', 102) }))).toEqual([{ success: true }]);
		expect(lastRequest(fake)).toMatchObject({ method: 'PUT', path: '/chats/102/unarchive' });
		expect(fake.state.chats.get(102).archived).toBe(false);
	});
});
