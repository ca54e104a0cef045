import { lastRequest, run, runFailing, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

const search = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'search',
	operation,
	...extra,
});

describe('Search', () => {
	it('searches chats with every filter of the spec, simplified', async () => {
		const items = await run(
			fake,
			search('chats', {
				returnAll: true,
				searchChatFilters: {
					query: 'project',
					active: true,
					chat_subtype: 'discussion',
					personal: false,
					created_from: '2025-01-01T00:00:00Z',
					created_to: '2025-02-01T00:00:00Z',
					order: 'asc',
				},
			}),
		);
		expect(lastRequest(fake)).toMatchObject({
			method: 'GET',
			path: '/search/chats',
			role: 'bot',
			query: {
				query: 'project',
				active: 'true',
				chat_subtype: 'discussion',
				personal: 'false',
				created_from: '2025-01-01T00:00:00.000Z',
				created_to: '2025-02-01T00:00:00.000Z',
				order: 'asc',
				limit: '100',
			},
		});
		expect(items).toEqual([
			{
				id: 102,
				name: 'Project Apollo',
				channel: false,
				personal: false,
				public: false,
				archived: false,
				owner_id: 2,
				created_at: '2025-01-11T09:00:00.000Z',
				last_message_at: expect.any(String),
			},
		]);
	});

	it('returns full chats with Simplify off', async () => {
		const items = await run(
			fake,
			search('chats', { returnAll: true, simplify: false, searchChatFilters: { query: 'apollo' } }),
		);
		expect(items).toEqual([
			expect.objectContaining({
				id: 102,
				member_ids: expect.arrayContaining([3, 4]),
				meet_room_url: expect.any(String),
			}),
		]);
	});

	it('searches messages in given chats by given authors, as list parameters', async () => {
		const items = await run(
			fake,
			search('messages', {
				returnAll: true,
				searchMessageFilters: {
					query: 'report',
					chat_ids: '101, 102',
					user_ids: '1, 3',
					sort: 'relevance',
					order: 'desc',
					active: true,
					created_from: '2025-01-15T00:00:00Z',
					created_to: '2025-01-16T00:00:00Z',
				},
			}),
		);
		expect(lastRequest(fake)).toMatchObject({
			method: 'GET',
			path: '/search/messages',
			role: 'bot',
			query: {
				query: 'report',
				chat_ids: ['101', '102'],
				user_ids: ['1', '3'],
				sort: 'relevance',
				order: 'desc',
				active: 'true',
				created_from: '2025-01-15T00:00:00.000Z',
				created_to: '2025-01-16T00:00:00.000Z',
				limit: '200',
			},
		});
		expect(items.map((item) => item.id).sort()).toEqual([1005, 1008]);
		expect(Object.keys(items[0]).sort()).toEqual([
			'chat_id',
			'content',
			'created_at',
			'entity_id',
			'entity_type',
			'files',
			'id',
			'parent_message_id',
			'thread',
			'url',
			'user_id',
		]);
	});

	it('pages through message results 200 at a time', async () => {
		for (let i = 0; i < 210; i++) fake.state.addMessage({ chat_id: 102, user_id: 5, content: `bulk note ${i}` });
		const items = await run(
			fake,
			search('messages', { returnAll: true, searchMessageFilters: { query: 'bulk note' } }),
		);
		const pages = fake.requests.filter((request) => request.path === '/search/messages');
		expect(pages.map((page) => page.query.limit)).toEqual(['200', '200']);
		expect(pages[1].query.cursor).toEqual(expect.any(String));
		expect(items).toHaveLength(210);
		expect(new Set(items.map((item) => item.id)).size).toBe(210);
	});

	it('stops at the limit', async () => {
		const items = await run(
			fake,
			search('messages', { returnAll: false, limit: 5, searchMessageFilters: { query: 'bulk note' } }),
		);
		expect(fake.requests).toHaveLength(1);
		expect(lastRequest(fake).query).toMatchObject({ limit: '5' });
		expect(items).toHaveLength(5);
	});

	it('searches users by role, alphabetically', async () => {
		const items = await run(
			fake,
			search('users', {
				returnAll: true,
				searchUserFilters: {
					company_roles: ['admin', 'guest'],
					sort: 'alphabetical',
					order: 'asc',
					created_from: '2024-01-01T00:00:00Z',
					created_to: '2030-01-01T00:00:00Z',
				},
			}),
		);
		expect(lastRequest(fake)).toMatchObject({
			method: 'GET',
			path: '/search/users',
			role: 'bot',
			query: {
				company_roles: ['admin', 'guest'],
				sort: 'alphabetical',
				order: 'asc',
				created_from: '2024-01-01T00:00:00.000Z',
				created_to: '2030-01-01T00:00:00.000Z',
				limit: '200',
			},
		});
		expect(items.map((item) => `${String(item.first_name)} ${String(item.last_name)}`)).toEqual([
			'Ivan Petrov',
			'Maria Smirnova',
			'Sergey Lebedev',
		]);
		expect(items[0]).not.toHaveProperty('custom_properties');
	});

	it('searches users by text', async () => {
		const items = await run(fake, search('users', { returnAll: true, searchUserFilters: { query: 'engineering' } }));
		expect(lastRequest(fake).query).toEqual({ query: 'engineering', limit: '200' });
		expect(items.map((item) => item.id).sort()).toEqual([5, 6, 7]);
	});

	it('refuses a chat ID list with a bad entry before sending anything', async () => {
		const error = await runFailing(
			fake,
			search('messages', { returnAll: true, searchMessageFilters: { chat_ids: '101, general' } }),
		);
		expect(error.message).toContain('Chat Names or IDs (in Filters) (entry 2) must be a positive whole number');
		expect(fake.requests).toHaveLength(0);
	});
});
