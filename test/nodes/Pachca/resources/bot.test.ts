import { lastRequest, run, runFailing, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

const bot = (operation: string, extra: Record<string, unknown> = {}) => ({ resource: 'bot', operation, ...extra });

const SETTINGS = {
	nickname: 'reports_bot',
	outgoing_url: 'https://example.com/hook',
	events: ['message_new', 'button_click'],
	trigger_on: 'commands',
	commands: '/report, /help',
	scopes: ['messages:create', 'messages:read', 'profile:read'],
	template: 'Build {{status}}',
	template_engine: 'mustache',
	challenge_key: 'challenge',
	link_preview_enabled: false,
	ignore_self_messages: true,
	events_history_enabled: true,
	who_can_add: 'creator_admin',
	can_edit: ['admin'],
	single_chat: true,
};

describe('Bot', () => {
	let created = 0;

	it('creates a bot with every setting, with the admin token', async () => {
		const items = await run(fake, bot('create', { botName: 'Reports', botAdditionalFields: SETTINGS }));
		expect(lastRequest(fake)).toMatchObject({ method: 'POST', path: '/bots', role: 'admin', query: {} });
		expect(lastRequest(fake).body).toEqual({
			webhook: { name: 'Reports', ...SETTINGS, commands: ['/report', '/help'] },
		});
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({
			webhook: { name: 'Reports', nickname: 'reports_bot', commands: ['/report', '/help'], single_chat: true },
			access_token: expect.any(String),
		});
		created = items[0].id as number;
		// The returned token is the new bot's own: its profile is the bot.
		const [me] = await run(
			fake,
			{ resource: 'profile', operation: 'get' },
			{ tokens: { bot: items[0].access_token as string } },
		);
		expect(me).toMatchObject({ id: created, bot: true, nickname: 'reports_bot' });
	});

	it('refuses to create a bot with only the bot token, before sending anything', async () => {
		const error = await runFailing(fake, bot('create', { botName: 'Nope' }), { tokens: { bot: fake.tokens.bot } });
		expect(error.message).toContain('Admin Token');
		expect(fake.requests).toHaveLength(0);
	});

	it('lists the bots the admin may edit, simplified', async () => {
		const items = await run(fake, bot('getAll', { returnAll: true, botFilters: { query: 'demo' } }));
		expect(lastRequest(fake)).toMatchObject({
			method: 'GET',
			path: '/bots',
			role: 'admin',
			query: { query: 'demo', limit: '50' },
		});
		expect(items).toEqual([
			{
				id: 3,
				name: 'Demo Bot',
				nickname: 'demo_bot',
				outgoing_url: null,
				trigger_on: 'all_messages',
				commands: ['/help'],
				events: ['message_new', 'reaction_new', 'button_click'],
			},
		]);
	});

	it('gets a bot with its full webhook settings when Simplify is off', async () => {
		const items = await run(fake, bot('get', { botId: 3, simplify: false }));
		expect(lastRequest(fake)).toMatchObject({ method: 'GET', path: '/bots/3', role: 'admin', query: {} });
		expect(items).toEqual([
			{
				id: 3,
				webhook: expect.objectContaining({
					name: 'Demo Bot',
					scopes: expect.any(Array),
					who_can_add: 'creator_admin',
					can_edit: ['admin'],
				}),
			},
		]);
	});

	it('updates webhook settings', async () => {
		const items = await run(
			fake,
			bot('update', {
				botId: created,
				botUpdateFields: { name: 'Reports 2', events: ['reaction_new'], trigger_on: 'all_messages', outgoing_url: '' },
			}),
		);
		expect(lastRequest(fake)).toMatchObject({
			method: 'PUT',
			path: `/bots/${created}`,
			role: 'admin',
			query: {},
			body: { webhook: { name: 'Reports 2', events: ['reaction_new'], trigger_on: 'all_messages', outgoing_url: '' } },
		});
		expect(items[0]).toMatchObject({
			id: created,
			webhook: { name: 'Reports 2', events: ['reaction_new'], trigger_on: 'all_messages', outgoing_url: null },
		});
		expect(fake.state.bots.get(created).webhook).toMatchObject({ name: 'Reports 2', outgoing_url: null });
	});

	it('recreates a bot token by ID; the old token stops working', async () => {
		const before = [...fake.state.tokens.values()].find((rec: { bot_id?: number }) => rec.bot_id === created).token;
		const items = await run(fake, bot('recreateToken', { botId: created }));
		expect(lastRequest(fake)).toMatchObject({
			method: 'POST',
			path: `/bots/${created}/recreate_token`,
			role: 'admin',
			query: {},
		});
		expect(items[0]).toMatchObject({ id: created, access_token: expect.any(String) });
		expect(items[0].access_token).not.toBe(before);
		expect(fake.state.tokens.has(before)).toBe(false);
		expect(fake.state.tokens.get(items[0].access_token as string)).toMatchObject({ bot_id: created });
	});

	it('sets its own webhook URL with the bot token', async () => {
		const items = await run(fake, bot('setOwnWebhook', { outgoingUrl: 'https://example.com/pachca-events' }));
		expect(lastRequest(fake)).toMatchObject({
			method: 'PUT',
			path: '/bot/webhook',
			role: 'bot',
			query: {},
			body: { webhook: { outgoing_url: 'https://example.com/pachca-events' } },
		});
		expect(items).toEqual([
			{ id: 3, webhook: expect.objectContaining({ outgoing_url: 'https://example.com/pachca-events' }) },
		]);
		expect(fake.state.bots.get(3).webhook.outgoing_url).toBe('https://example.com/pachca-events');
	});

	it('refuses the bot-only operations without a bot token, before sending anything', async () => {
		const error = await runFailing(fake, bot('recreateOwnToken'), {
			tokens: { admin: fake.tokens.admin, owner: fake.tokens.owner },
		});
		expect(error.message).toContain('Bot Token');
		expect(fake.requests).toHaveLength(0);
	});

	it('recreates its own token with the bot token', async () => {
		const old = fake.tokens.bot;
		const items = await run(fake, bot('recreateOwnToken'));
		expect(lastRequest(fake)).toMatchObject({
			method: 'POST',
			path: '/bot/recreate_token',
			role: 'bot',
			token: old,
			query: {},
		});
		expect(items).toEqual([expect.objectContaining({ id: 3, access_token: expect.any(String) })]);
		expect(items[0].access_token).not.toBe(old);
		expect(fake.state.tokens.has(old)).toBe(false);
		expect(fake.state.tokens.get(items[0].access_token as string)).toMatchObject({ bot_id: 3 });
	});

	it('deletes a bot', async () => {
		expect(await run(fake, bot('delete', { botId: created }))).toEqual([{ success: true }]);
		expect(lastRequest(fake)).toMatchObject({ method: 'DELETE', path: `/bots/${created}`, role: 'admin', query: {} });
		expect(fake.state.bots.has(created)).toBe(false);
	});
});
