import { activate, deactivate, listenForTest, stopListening } from '../../harness';
import { useFakePachca } from '../../support/pachca';
import { failureOf, triggerFor } from '../../support/triggers';

const fake = useFakePachca();
const bot = () => fake.state.bots.get(3).webhook;
const writes = () => fake.requests.filter((request) => request.method !== 'GET');

beforeEach(() => {
	bot().outgoing_url = null;
	bot().events = ['message_new', 'reaction_new', 'button_click'];
	bot().scopes = [
		...bot().scopes.filter((scope: string) => scope !== 'bot_self:webhook:write'),
		'bot_self:webhook:write',
	];
});

describe('Pachca Trigger registration with the bot token', () => {
	const botOnly = { tokens: { bot: fake.tokens.bot } };

	it('writes the production URL with PUT /bot/webhook on activation and clears it on deactivation', async () => {
		const trigger = await triggerFor(fake, 'pachcaTrigger', { events: ['message_new'] }, botOnly);
		await activate(trigger);
		expect(writes()).toEqual([
			expect.objectContaining({
				method: 'PUT',
				path: '/bot/webhook',
				role: 'bot',
				body: { webhook: { outgoing_url: trigger.webhookUrl() } },
			}),
		]);
		expect(bot().outgoing_url).toBe(trigger.webhookUrl());
		expect(trigger.nodeStaticData.registration).toEqual({ url: trigger.webhookUrl() });

		fake.clearRequests();
		await deactivate(trigger);
		expect(writes()).toEqual([
			expect.objectContaining({ method: 'PUT', path: '/bot/webhook', body: { webhook: { outgoing_url: '' } } }),
		]);
		expect(bot().outgoing_url).toBeNull();
		expect(trigger.nodeStaticData.registration).toBeUndefined();
	});

	it('clears nothing on deactivation when this node never registered the URL', async () => {
		bot().outgoing_url = 'https://other.example.com/hook';
		const trigger = await triggerFor(fake, 'pachcaTrigger', { events: ['message_new'] }, botOnly);
		await deactivate(trigger);
		expect(fake.requests).toHaveLength(0);
		expect(bot().outgoing_url).toBe('https://other.example.com/hook');
	});

	it('refuses to listen for a test event, since a bot cannot read the URL it would replace', async () => {
		bot().outgoing_url = 'https://n8n.example.com/webhook/live';
		const trigger = await triggerFor(fake, 'pachcaTrigger', { events: ['message_new'] }, botOnly);
		const error = await failureOf(listenForTest(trigger));
		// The toast shows only the message: the next step must be in it.
		expect(error.message).toContain('add an Admin Token to the credential');
		expect(error.message).toContain('Overwrite Bot URL When Testing');
		expect(error.description).toContain('Bot ID');
		expect(writes()).toHaveLength(0);
		expect(bot().outgoing_url).toBe('https://n8n.example.com/webhook/live');
	});

	it('registers the test URL when allowed to overwrite, and clears it when listening stops', async () => {
		const trigger = await triggerFor(
			fake,
			'pachcaTrigger',
			{ events: ['message_new'], overwriteWhenTesting: true },
			botOnly,
		);
		const testStaticData = await listenForTest(trigger);
		expect(bot().outgoing_url).toBe(trigger.webhookUrl(true));
		expect(trigger.webhookUrl(true)).toContain('/webhook-test/');
		await stopListening(trigger, testStaticData);
		expect(bot().outgoing_url).toBeNull();
	});

	it('names the missing scope when Pachca answers 403', async () => {
		bot().scopes = bot().scopes.filter((scope: string) => scope !== 'bot_self:webhook:write');
		const trigger = await triggerFor(fake, 'pachcaTrigger', { events: ['message_new'] }, botOnly);
		const error = await failureOf(activate(trigger));
		expect(error.message).toContain('HTTP 403');
		expect(error.description).toContain('bot_self:webhook:write');
		expect(error.description).toContain('Bot Token');
		expect(bot().outgoing_url).toBeNull();
	});

	it('asks for the Bot Token before sending anything when it is empty', async () => {
		const trigger = await triggerFor(
			fake,
			'pachcaTrigger',
			{ events: ['message_new'] },
			{ tokens: { admin: fake.tokens.admin } },
		);
		const error = await failureOf(activate(trigger));
		expect(error.message).toContain('needs the Bot Token');
		expect(error.description).toContain('fill in Bot ID');
		expect(fake.requests).toHaveLength(0);
	});
});

describe('Pachca Trigger "Test this trigger" with the defaults and both tokens', () => {
	const botAndAdmin = { tokens: { bot: fake.tokens.bot, admin: fake.tokens.admin } };

	it('finds the bot from the Bot Token, reads its URL with the Admin Token, and listens when the bot is free', async () => {
		const trigger = await triggerFor(fake, 'pachcaTrigger', { events: ['message_new'] }, botAndAdmin);
		const testStaticData = await listenForTest(trigger);
		expect(fake.requests.map((request) => `${request.method} ${request.path} ${request.role}`)).toEqual([
			'GET /profile bot',
			'GET /bots/3 admin',
			'PUT /bot/webhook bot',
		]);
		expect(bot().outgoing_url).toBe(trigger.webhookUrl(true));
		await stopListening(trigger, testStaticData);
		expect(bot().outgoing_url).toBeNull();
	});

	it('refuses when the bot delivers elsewhere, naming that URL and the step in the message', async () => {
		bot().outgoing_url = 'https://n8n.example.com/webhook/live';
		const trigger = await triggerFor(fake, 'pachcaTrigger', { events: ['message_new'] }, botAndAdmin);
		const error = await failureOf(listenForTest(trigger));
		expect(error.message).toContain('https://n8n.example.com/webhook/live');
		expect(error.message).toContain('clear Webhook URL in the bot settings');
		expect(writes()).toHaveLength(0);
		expect(bot().outgoing_url).toBe('https://n8n.example.com/webhook/live');
	});

	it('says when the bot sends to another published workflow of this n8n, and to unpublish that one first', async () => {
		// Another workflow's Pachca Trigger: same n8n base, production endpoint, another webhook ID.
		const other = 'http://127.0.0.1:5678/webhook/0b7e1c52-9d3a-4f0e-8c21-6a5d4e3f2b10/webhook';
		bot().outgoing_url = other;
		const trigger = await triggerFor(fake, 'pachcaTrigger', { events: ['message_new'] }, botAndAdmin);
		const error = await failureOf(listenForTest(trigger));
		expect(error.message).toBe(
			`The bot already sends its events to ${other}, the production URL of another published workflow ` +
				'of this n8n: unpublish that workflow first (Deactivate in n8n 1.x), then test again.',
		);
		expect(error.description).toContain('webhook path 0b7e1c52-9d3a-4f0e-8c21-6a5d4e3f2b10/webhook');
		expect(error.description).toContain('n8n does not let a node look up other workflows');
		expect(writes()).toHaveLength(0);
		expect(bot().outgoing_url).toBe(other);
	});

	it('says when another workflow of this n8n is listening for a test event with the same bot', async () => {
		const other = 'http://127.0.0.1:5678/webhook-test/0b7e1c52-9d3a-4f0e-8c21-6a5d4e3f2b10/webhook';
		bot().outgoing_url = other;
		const trigger = await triggerFor(fake, 'pachcaTrigger', { events: ['message_new'] }, botAndAdmin);
		const error = await failureOf(listenForTest(trigger));
		expect(error.message).toContain(', the test URL of another workflow of this n8n: stop that test first');
		expect(writes()).toHaveLength(0);
	});
});

describe('Pachca Trigger registration with the admin token and a Bot ID', () => {
	const adminOnly = { tokens: { admin: fake.tokens.admin } };
	const parameters = { events: ['message_new', 'reaction_new', 'view_submit'], botId: '3' };

	it('writes the URL and subscribes the bot to exactly the selected events', async () => {
		const trigger = await triggerFor(fake, 'pachcaTrigger', parameters, adminOnly);
		await activate(trigger);
		expect(fake.requests.map((request) => `${request.method} ${request.path} ${request.role}`)).toEqual([
			'GET /bots/3 admin',
			'PUT /bots/3 admin',
		]);
		// Form submissions have no subscription entry in Pachca: they reach the bot that opened the form.
		expect(writes()[0].body).toEqual({
			webhook: { outgoing_url: trigger.webhookUrl(), events: ['message_new', 'reaction_new'] },
		});
		expect(bot()).toMatchObject({ outgoing_url: trigger.webhookUrl(), events: ['message_new', 'reaction_new'] });
	});

	it('sends nothing on a later activation when the bot already delivers as wanted, and resubscribes when events change', async () => {
		const trigger = await triggerFor(fake, 'pachcaTrigger', parameters, adminOnly);
		await activate(trigger);
		fake.clearRequests();
		expect(await activate(trigger, 'init')).toEqual({ created: false });
		expect(writes()).toHaveLength(0);

		bot().events = ['message_new'];
		expect(await activate(trigger, 'init')).toEqual({ created: true });
		expect(bot().events).toEqual(['message_new', 'reaction_new']);
	});

	it('clears the URL on deactivation while it is still ours', async () => {
		const trigger = await triggerFor(fake, 'pachcaTrigger', parameters, adminOnly);
		await activate(trigger);
		fake.clearRequests();
		await deactivate(trigger);
		expect(writes()).toEqual([
			expect.objectContaining({ method: 'PUT', path: '/bots/3', body: { webhook: { outgoing_url: '' } } }),
		]);
		expect(bot().outgoing_url).toBeNull();
	});

	it('leaves the URL alone on deactivation when someone has changed it since', async () => {
		const trigger = await triggerFor(fake, 'pachcaTrigger', parameters, adminOnly);
		await activate(trigger);
		bot().outgoing_url = 'https://other.example.com/hook';
		fake.clearRequests();
		await deactivate(trigger);
		expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /bots/3']);
		expect(bot().outgoing_url).toBe('https://other.example.com/hook');
	});

	it('refuses to listen for a test event while the production URL is registered, and changes nothing', async () => {
		const trigger = await triggerFor(fake, 'pachcaTrigger', parameters, adminOnly);
		await activate(trigger);
		fake.clearRequests();
		const error = await failureOf(listenForTest(trigger));
		expect(error.message).toContain(`already sends its events to ${trigger.webhookUrl()}`);
		expect(error.message).toContain('unpublish this workflow (Deactivate in n8n 1.x) before testing');
		expect(error.description).toContain("this workflow's production URL");
		expect(writes()).toHaveLength(0);
		expect(bot().outgoing_url).toBe(trigger.webhookUrl());
	});

	it('registers the test URL when the bot has none, and clears it when listening stops', async () => {
		const trigger = await triggerFor(fake, 'pachcaTrigger', parameters, adminOnly);
		const testStaticData = await listenForTest(trigger);
		expect(bot().outgoing_url).toBe(trigger.webhookUrl(true));
		await stopListening(trigger, testStaticData);
		expect(bot().outgoing_url).toBeNull();
	});

	it('explains a 404 in terms of the Bot ID field', async () => {
		const trigger = await triggerFor(fake, 'pachcaTrigger', { ...parameters, botId: '999' }, adminOnly);
		const error = await failureOf(activate(trigger));
		expect(error.message).toContain('HTTP 404');
		expect(error.description).toContain('Check Bot ID');
	});

	it('names the missing scope when Pachca answers 403', async () => {
		const record = fake.state.tokens.get(fake.tokens.admin);
		const before = record.scopes;
		record.scopes = ['bots:read'];
		try {
			const trigger = await triggerFor(fake, 'pachcaTrigger', parameters, adminOnly);
			const error = await failureOf(activate(trigger));
			expect(error.message).toContain('HTTP 403');
			expect(error.description).toContain('bots:write');
			expect(error.description).toContain('Admin Token');
		} finally {
			record.scopes = before;
		}
	});
});

describe('Pachca Trigger settings', () => {
	it('touches nothing in Pachca with manual registration', async () => {
		const trigger = await triggerFor(fake, 'pachcaTrigger', { events: ['message_new'], registration: 'manual' });
		await activate(trigger);
		await deactivate(trigger);
		expect(fake.requests).toHaveLength(0);
	});

	it.each([
		[{ filters: { commands: 'deploy' } }, 'Commands: "deploy" is not a command'],
		[{ filters: { chatIds: '101, abc' } }, 'Chat IDs (entry 2) must be a positive whole number'],
		[{ botId: 'bot-3' }, 'Bot ID must be a positive whole number'],
		[{ options: { allowedIps: 'pachca.com' } }, 'Allowed Sender IPs: "pachca.com" is not an IP address'],
		[{ events: [] }, 'Events is empty'],
	])('refuses bad settings %j before any request', async (extra, message) => {
		const trigger = await triggerFor(fake, 'pachcaTrigger', { events: ['message_new'], ...extra });
		const error = await failureOf(activate(trigger));
		expect(error.message).toContain(message);
		expect(fake.requests).toHaveLength(0);
	});
});
