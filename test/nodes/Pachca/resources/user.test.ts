import type { INodeExecutionData } from 'n8n-workflow';

import { byId, lastRequest, run, runFailing, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

const user = (operation: string, extra: Record<string, unknown> = {}) => ({ resource: 'user', operation, ...extra });

const SIMPLE_KEYS = [
	'id',
	'first_name',
	'last_name',
	'nickname',
	'email',
	'phone_number',
	'department',
	'title',
	'role',
	'suspended',
	'bot',
	'list_tags',
];

// A 1×1 PNG: the avatar upload must carry exactly these bytes.
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
	'base64',
);
const withImage = (mimeType = 'image/png'): INodeExecutionData[] => [
	{ json: {}, binary: { photo: { data: PNG.toString('base64'), mimeType, fileName: 'me.png' } } },
];

describe('User', () => {
	it('creates a guest with the admin token, even with all three tokens filled in', async () => {
		const items = await run(
			fake,
			user('create', {
				email: 'guest@partner.example',
				first_name: 'Gleb',
				userRole: 'guest',
				userAdditionalFields: {
					chat_ids: '101',
					list_tags: 'Design, QA',
					custom_properties: '[{"id": 701, "value": "Kazan"}]',
					skip_email_notify: true,
				},
			}),
		);
		const request = lastRequest(fake);
		expect(request).toMatchObject({ method: 'POST', path: '/users', role: 'admin', query: {} });
		expect(request.body).toEqual({
			user: {
				email: 'guest@partner.example',
				first_name: 'Gleb',
				role: 'guest',
				chat_ids: [101],
				list_tags: ['Design', 'QA'],
				custom_properties: [{ id: 701, value: 'Kazan' }],
			},
			skip_email_notify: true,
		});
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({
			email: 'guest@partner.example',
			first_name: 'Gleb',
			role: 'guest',
			list_tags: ['Design', 'QA'],
			invite_status: 'sent',
		});
		expect(items[0].custom_properties).toEqual(
			expect.arrayContaining([expect.objectContaining({ id: 701, value: 'Kazan' })]),
		);
		expect(fake.state.memberIds(101)).toContain(items[0].id);
	});

	it('refuses to create a user with only the bot token, before sending anything', async () => {
		const error = await runFailing(fake, user('create', { email: 'x@example.com' }), {
			tokens: { bot: fake.tokens.bot },
		});
		expect(error.message).toContain('Admin Token');
		expect(fake.requests).toHaveLength(0);
	});

	it('refuses a guest without exactly one chat, before sending anything', async () => {
		const error = await runFailing(
			fake,
			user('create', { email: 'g@partner.example', userRole: 'guest', userAdditionalFields: { chat_ids: '101, 102' } }),
		);
		expect(error.message).toContain(
			'A guest must be added to exactly one chat; Chat Names or IDs (in Additional Fields) holds 2',
		);
		expect(fake.requests).toHaveLength(0);
	});

	it('gets a user, simplified by default', async () => {
		const items = await run(fake, user('get', { selectedUserId: byId('id', 4) }));
		expect(lastRequest(fake)).toMatchObject({ method: 'GET', path: '/users/4', role: 'bot', query: {} });
		expect(items).toEqual([
			{
				id: 4,
				first_name: 'Anna',
				last_name: 'Ivanova',
				nickname: 'anna',
				email: 'anna.ivanova@example.com',
				phone_number: '+79001110004',
				department: 'Design',
				title: 'Product designer',
				role: 'user',
				suspended: false,
				bot: false,
				list_tags: ['Design'],
			},
		]);
	});

	it('gets the full user with Simplify off', async () => {
		const items = await run(fake, user('get', { selectedUserId: byId('id', 5), simplify: false }));
		expect(Object.keys(items[0])).toEqual(
			expect.arrayContaining([
				...SIMPLE_KEYS,
				'custom_properties',
				'user_status',
				'invite_status',
				'created_at',
				'image_url',
			]),
		);
		expect(items[0].user_status).toMatchObject({ emoji: '🏖', title: 'On vacation' });
	});

	it('lists users matching a query', async () => {
		const items = await run(fake, user('getAll', { returnAll: true, userFilters: { query: 'pavel' } }));
		expect(lastRequest(fake)).toMatchObject({
			method: 'GET',
			path: '/users',
			role: 'bot',
			query: { query: 'pavel', limit: '50' },
		});
		expect(items).toEqual([expect.objectContaining({ id: 5, first_name: 'Pavel' })]);
		expect(Object.keys(items[0]).sort()).toEqual([...SIMPLE_KEYS].sort());
	});

	it('lists users up to the limit, page by page', async () => {
		const items = await run(fake, user('getAll', { returnAll: false, limit: 3, simplify: false }));
		expect(lastRequest(fake)).toMatchObject({ method: 'GET', path: '/users', query: { limit: '3' } });
		expect(items.map((item) => item.id)).toEqual([1, 2, 3]);
		expect(items[0]).toHaveProperty('custom_properties');
	});

	it('updates a user with the admin token', async () => {
		const items = await run(
			fake,
			user('update', {
				selectedUserId: byId('url', 'https://app.pachca.com/users/7'),
				userUpdateFields: { department: 'R&D', role: 'admin', list_tags: 'Backend, Leads', suspended: false },
			}),
		);
		expect(lastRequest(fake)).toMatchObject({
			method: 'PUT',
			path: '/users/7',
			role: 'admin',
			query: {},
			body: { user: { department: 'R&D', role: 'admin', list_tags: ['Backend', 'Leads'], suspended: false } },
		});
		expect(items[0]).toMatchObject({ id: 7, department: 'R&D', role: 'admin', list_tags: ['Backend', 'Leads'] });
		expect(fake.state.users.get(7)).toMatchObject({ department: 'R&D', role: 'admin' });
	});

	it('refuses an update with no fields before sending anything', async () => {
		const error = await runFailing(fake, user('update', { selectedUserId: byId('id', 7), userUpdateFields: {} }));
		expect(error.message).toContain('Update Fields is empty');
		expect(fake.requests).toHaveLength(0);
	});

	it('deletes a user', async () => {
		expect(await run(fake, user('delete', { selectedUserId: byId('id', 9) }))).toEqual([{ success: true }]);
		expect(lastRequest(fake)).toMatchObject({ method: 'DELETE', path: '/users/9', role: 'admin', query: {} });
		expect(fake.state.users.has(9)).toBe(false);
	});

	it('gets a status, and an empty status when none is set', async () => {
		expect(await run(fake, user('getStatus', { statusAvatarUserId: byId('id', 5) }))).toEqual([
			{
				emoji: '🏖',
				title: 'On vacation',
				expires_at: '2025-02-01T00:00:00.000Z',
				is_away: true,
				away_message: { text: 'Back in February' },
			},
		]);
		expect(lastRequest(fake)).toMatchObject({ method: 'GET', path: '/users/5/status', role: 'bot', query: {} });
		expect(await run(fake, user('getStatus', { statusAvatarUserId: byId('id', 6) }))).toEqual([
			{ emoji: null, title: null, expires_at: null, is_away: false, away_message: null },
		]);
		expect(lastRequest(fake).path).toBe('/users/6/status');
	});

	it('sets and deletes a status', async () => {
		const items = await run(
			fake,
			user('setStatus', {
				statusAvatarUserId: byId('id', 6),
				userStatusEmoji: '🎯',
				userStatusTitle: 'Focus time',
				userStatusOptions: { expires_at: '2030-03-01T10:00:00Z', is_away: true, away_message: 'Back after lunch' },
			}),
		);
		expect(lastRequest(fake)).toMatchObject({
			method: 'PUT',
			path: '/users/6/status',
			role: 'admin',
			query: {},
			body: {
				status: {
					emoji: '🎯',
					title: 'Focus time',
					expires_at: '2030-03-01T10:00:00.000Z',
					is_away: true,
					away_message: 'Back after lunch',
				},
			},
		});
		expect(items).toEqual([
			{
				emoji: '🎯',
				title: 'Focus time',
				expires_at: '2030-03-01T10:00:00.000Z',
				is_away: true,
				away_message: { text: 'Back after lunch' },
			},
		]);
		expect(fake.state.statuses.get(6)).toMatchObject({ title: 'Focus time' });

		expect(await run(fake, user('deleteStatus', { statusAvatarUserId: byId('id', 6) }))).toEqual([{ success: true }]);
		expect(lastRequest(fake)).toMatchObject({ method: 'DELETE', path: '/users/6/status', role: 'admin' });
		expect(fake.state.statuses.has(6)).toBe(false);
	});

	it('uploads an avatar from a binary property as multipart field "image"', async () => {
		const items = await run(
			fake,
			user('setAvatar', { statusAvatarUserId: byId('id', 4), userBinaryPropertyName: 'photo' }),
			{
				items: withImage(),
			},
		);
		const request = lastRequest(fake);
		expect(request).toMatchObject({ method: 'PUT', path: '/users/4/avatar', role: 'admin', query: {} });
		expect(String(request.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);
		expect(request.body.files).toHaveLength(1);
		expect(request.body.files[0]).toMatchObject({
			field: 'image',
			filename: 'me.png',
			contentType: 'image/png',
			size: PNG.length,
		});
		expect(Buffer.compare(request.body.files[0].content, PNG)).toBe(0);
		expect(items).toEqual([{ image_url: expect.stringContaining('/files/avatars/4/') }]);
		expect(fake.state.users.get(4).image_url).toContain('me.png');
	});

	it('names the missing binary property, before sending anything', async () => {
		const error = await runFailing(
			fake,
			user('setAvatar', { statusAvatarUserId: byId('id', 4), userBinaryPropertyName: 'data' }),
			{
				items: withImage(),
			},
		);
		expect(error.message).toContain('Input Binary Field "data" is not on the input item');
		expect(error.description).toContain('photo');
		expect(fake.requests).toHaveLength(0);
	});

	it('refuses a file that is not an image', async () => {
		const error = await runFailing(
			fake,
			user('setAvatar', { statusAvatarUserId: byId('id', 4), userBinaryPropertyName: 'photo' }),
			{
				items: withImage('application/pdf'),
			},
		);
		expect(error.message).toContain('is not an image');
		expect(fake.requests).toHaveLength(0);
	});

	it('deletes an avatar', async () => {
		fake.state.users.get(5).image_url = '/files/avatars/5/old.png';
		expect(await run(fake, user('deleteAvatar', { statusAvatarUserId: byId('id', 5) }))).toEqual([{ success: true }]);
		expect(lastRequest(fake)).toMatchObject({ method: 'DELETE', path: '/users/5/avatar', role: 'admin', query: {} });
		expect(fake.state.users.get(5).image_url).toBeNull();
	});
});
