import type { INodeExecutionData } from 'n8n-workflow';

import { lastRequest, run, runFailing, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

const profile = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'profile',
	operation,
	...extra,
});

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
const image: INodeExecutionData[] = [
	{ json: {}, binary: { data: { data: JPEG.toString('base64'), mimeType: 'image/jpeg', fileName: 'бот.jpg' } } },
];

describe('Profile', () => {
	it('gets the profile of the token owner (the bot by default)', async () => {
		const items = await run(fake, profile('get'));
		expect(lastRequest(fake)).toMatchObject({ method: 'GET', path: '/profile', role: 'bot', query: {} });
		expect(items).toEqual([
			expect.objectContaining({ id: 3, nickname: 'demo_bot', bot: true, custom_properties: expect.any(Array) }),
		]);
	});

	it('gets the profile of the admin when Authenticate As is Admin', async () => {
		const items = await run(fake, profile('get', { nodeOptions: { authenticateAs: 'admin' } }));
		expect(lastRequest(fake)).toMatchObject({ path: '/profile', role: 'admin' });
		expect(items[0]).toMatchObject({ id: 2, first_name: 'Maria' });
	});

	it('gets token info', async () => {
		const items = await run(fake, profile('getTokenInfo'));
		expect(lastRequest(fake)).toMatchObject({ method: 'GET', path: '/oauth/token/info', role: 'bot', query: {} });
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({ user_id: 3, name: null, revoked_at: null });
		expect(items[0].scopes).toEqual(expect.arrayContaining(['messages:create', 'profile:read']));
		expect(String(items[0].token)).not.toBe(fake.tokens.bot);
	});

	it('sets, reads and deletes its own status', async () => {
		const set = await run(
			fake,
			profile('setStatus', {
				profileStatusEmoji: '🤖',
				profileStatusTitle: 'Processing reports',
				profileStatusOptions: { is_away: false },
			}),
		);
		expect(lastRequest(fake)).toMatchObject({
			method: 'PUT',
			path: '/profile/status',
			role: 'bot',
			query: {},
			body: { status: { emoji: '🤖', title: 'Processing reports', is_away: false } },
		});
		expect(set).toEqual([
			{ emoji: '🤖', title: 'Processing reports', expires_at: null, is_away: false, away_message: null },
		]);
		expect(fake.state.statuses.get(3)).toMatchObject({ title: 'Processing reports' });

		expect(await run(fake, profile('getStatus'))).toEqual(set);
		expect(lastRequest(fake)).toMatchObject({ method: 'GET', path: '/profile/status', role: 'bot' });

		expect(await run(fake, profile('deleteStatus'))).toEqual([{ success: true }]);
		expect(lastRequest(fake)).toMatchObject({ method: 'DELETE', path: '/profile/status', role: 'bot', query: {} });
		expect(fake.state.statuses.has(3)).toBe(false);
		expect(await run(fake, profile('getStatus'))).toEqual([
			{ emoji: null, title: null, expires_at: null, is_away: false, away_message: null },
		]);
	});

	it('refuses an empty status title before sending anything', async () => {
		const error = await runFailing(fake, profile('setStatus', { profileStatusEmoji: '🤖', profileStatusTitle: '  ' }));
		expect(error.message).toContain('Title is empty');
		expect(fake.requests).toHaveLength(0);
	});

	it('uploads its own avatar as multipart field "image"', async () => {
		const items = await run(fake, profile('setAvatar', { profileBinaryPropertyName: 'data' }), { items: image });
		const request = lastRequest(fake);
		expect(request).toMatchObject({ method: 'PUT', path: '/profile/avatar', role: 'bot', query: {} });
		expect(request.body.files).toEqual([
			expect.objectContaining({ field: 'image', filename: 'бот.jpg', contentType: 'image/jpeg', size: JPEG.length }),
		]);
		expect(Buffer.compare(request.body.files[0].content, JPEG)).toBe(0);
		expect(items).toEqual([{ image_url: expect.stringContaining('/files/avatars/3/') }]);
		expect(fake.state.users.get(3).image_url).toContain('avatars/3/');
	});

	it('deletes its own avatar', async () => {
		expect(await run(fake, profile('deleteAvatar'))).toEqual([{ success: true }]);
		expect(lastRequest(fake)).toMatchObject({ method: 'DELETE', path: '/profile/avatar', role: 'bot', query: {} });
		expect(fake.state.users.get(3).image_url).toBeNull();
	});
});
