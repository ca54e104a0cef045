import { byId, lastRequest, run, runFailing, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

const tag = (operation: string, extra: Record<string, unknown> = {}) => ({ resource: 'groupTag', operation, ...extra });

describe('Group Tag', () => {
	it('creates a tag with the admin token', async () => {
		const items = await run(fake, tag('create', { groupTagName: 'QA' }));
		expect(lastRequest(fake)).toMatchObject({
			method: 'POST',
			path: '/group_tags',
			role: 'admin',
			query: {},
			body: { group_tag: { name: 'QA' } },
		});
		expect(items).toEqual([{ id: expect.any(Number), name: 'QA', users_count: 0 }]);
		expect(fake.state.groupTags.get(items[0].id as number)).toMatchObject({ name: 'QA' });
	});

	it('refuses to create a tag with only the bot token, before sending anything', async () => {
		const error = await runFailing(fake, tag('create', { groupTagName: 'QA' }), { tokens: { bot: fake.tokens.bot } });
		expect(error.message).toContain('Admin Token');
		expect(fake.requests).toHaveLength(0);
	});

	it('gets a tag picked from the list', async () => {
		const items = await run(fake, tag('get', { groupTagId: byId('list', 12) }));
		expect(lastRequest(fake)).toMatchObject({ method: 'GET', path: '/group_tags/12', role: 'bot', query: {} });
		expect(items).toEqual([{ id: 12, name: 'Backend', users_count: 2 }]);
	});

	it('lists tags with the names filter', async () => {
		const items = await run(fake, tag('getAll', { returnAll: true, groupTagFilters: { names: 'Design, Frontend' } }));
		expect(lastRequest(fake)).toMatchObject({
			method: 'GET',
			path: '/group_tags',
			role: 'bot',
			query: { names: ['Design', 'Frontend'], limit: '50' },
		});
		expect(items.map((item) => item.name)).toEqual(['Design', 'Frontend']);
	});

	it('lists all tags up to a limit', async () => {
		const items = await run(fake, tag('getAll', { returnAll: false, limit: 2 }));
		expect(lastRequest(fake)).toMatchObject({ query: { limit: '2' } });
		expect(items.map((item) => item.id)).toEqual([11, 12]);
	});

	it('renames a tag', async () => {
		const items = await run(fake, tag('update', { groupTagId: byId('id', 13), groupTagName: 'Web' }));
		expect(lastRequest(fake)).toMatchObject({
			method: 'PUT',
			path: '/group_tags/13',
			role: 'admin',
			query: {},
			body: { group_tag: { name: 'Web' } },
		});
		expect(items).toEqual([{ id: 13, name: 'Web', users_count: 1 }]);
		expect(fake.state.users.get(6).list_tags).toContain('Web');
	});

	it('lists the users of a tag, simplified or in full', async () => {
		const items = await run(fake, tag('getUsers', { groupTagId: byId('id', 11), returnAll: true }));
		expect(lastRequest(fake)).toMatchObject({
			method: 'GET',
			path: '/group_tags/11/users',
			role: 'bot',
			query: { limit: '50' },
		});
		expect(items.map((item) => item.id)).toEqual([4, 6]);
		expect(items[0]).not.toHaveProperty('custom_properties');
		const full = await run(fake, tag('getUsers', { groupTagId: byId('id', 11), returnAll: true, simplify: false }));
		expect(full[0]).toHaveProperty('custom_properties');
	});

	it('deletes a tag', async () => {
		expect(await run(fake, tag('delete', { groupTagId: byId('id', 11) }))).toEqual([{ success: true }]);
		expect(lastRequest(fake)).toMatchObject({ method: 'DELETE', path: '/group_tags/11', role: 'admin', query: {} });
		expect(fake.state.groupTags.has(11)).toBe(false);
		expect(fake.state.users.get(4).list_tags).not.toContain('Design');
	});
});
