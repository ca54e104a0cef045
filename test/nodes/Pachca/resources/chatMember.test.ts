import { byId, lastRequest, run, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

const member = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'chatMember',
	operation,
	memberChatId: byId('id', 102),
	...extra,
});

describe('Chat Member', () => {
	it('lists members filtered by role', async () => {
		const items = await run(fake, member('getAll', { returnAll: true, memberFilters: { role: 'editor' } }));
		expect(lastRequest(fake)).toMatchObject({
			method: 'GET',
			path: '/chats/102/members',
			role: 'bot',
			query: { role: 'editor', limit: '50' },
		});
		expect(items.map((item) => item.id)).toEqual([6]);
	});

	it('adds users silently', async () => {
		expect(await run(fake, member('add', { userIds: '8, 9', memberAdditionalFields: { silent: true } }))).toEqual([
			{ success: true },
		]);
		expect(lastRequest(fake)).toMatchObject({
			method: 'POST',
			path: '/chats/102/members',
			body: { member_ids: [8, 9], silent: true },
		});
		expect(fake.state.memberIds(102)).toEqual(expect.arrayContaining([8, 9]));
	});

	it('changes a member role', async () => {
		expect(await run(fake, member('updateRole', { memberUserId: byId('id', 4), memberRole: 'admin' }))).toEqual([
			{ success: true },
		]);
		expect(lastRequest(fake)).toMatchObject({ method: 'PUT', path: '/chats/102/members/4', body: { role: 'admin' } });
		expect(fake.state.members.get(102)?.find((m: { user_id: number }) => m.user_id === 4)?.role).toBe('admin');
	});

	it('removes a user', async () => {
		expect(await run(fake, member('remove', { memberUserId: byId('id', 9) }))).toEqual([{ success: true }]);
		expect(lastRequest(fake)).toMatchObject({ method: 'DELETE', path: '/chats/102/members/9' });
		expect(fake.state.memberIds(102)).not.toContain(9);
	});

	it('adds and removes group tags', async () => {
		expect(await run(fake, member('addTags', { groupTagIds: '11,13' }))).toEqual([{ success: true }]);
		expect(lastRequest(fake)).toMatchObject({
			method: 'POST',
			path: '/chats/102/group_tags',
			body: { group_tag_ids: [11, 13] },
		});
		expect(await run(fake, member('removeTag', { memberGroupTagId: byId('list', 13) }))).toEqual([{ success: true }]);
		expect(lastRequest(fake)).toMatchObject({ method: 'DELETE', path: '/chats/102/group_tags/13' });
	});

	it('leaves a chat', async () => {
		expect(await run(fake, member('leave'))).toEqual([{ success: true }]);
		expect(lastRequest(fake)).toMatchObject({ method: 'DELETE', path: '/chats/102/leave', role: 'bot' });
		expect(fake.state.memberIds(102)).not.toContain(3);
	});
});
