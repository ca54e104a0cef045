import { byId, lastRequest, run, runFailing, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

const getChat = { resource: 'chat', operation: 'get', selectedChatId: byId('id', 101) };

describe('token choice', () => {
	it('prefers the bot token when every token is filled in', async () => {
		await run(fake, getChat);
		expect(lastRequest(fake).role).toBe('bot');
		expect(lastRequest(fake).headers['x-pachca-token-role']).toBeUndefined();
	});

	it('falls back to admin, then owner, for operations every role may call', async () => {
		await run(fake, getChat, { tokens: { admin: fake.tokens.admin, owner: fake.tokens.owner } });
		expect(lastRequest(fake).role).toBe('admin');
		await run(fake, getChat, { tokens: { owner: fake.tokens.owner } });
		expect(lastRequest(fake).role).toBe('owner');
	});

	it('honours Authenticate As', async () => {
		await run(fake, { ...getChat, nodeOptions: { authenticateAs: 'owner' } });
		expect(lastRequest(fake).role).toBe('owner');
	});

	it('fails before sending when no token can perform the operation, naming the one to add', async () => {
		const error = await runFailing(fake, getChat, { tokens: {} });
		expect(error.message).toContain('needs the Bot Token, Admin Token or Owner Token');
		expect(error.message).toContain('Add the Bot Token to the Pachca API credential');
		expect(fake.requests).toHaveLength(0);
	});

	it('fails before sending when the forced token is empty', async () => {
		const error = await runFailing(
			fake,
			{ ...getChat, nodeOptions: { authenticateAs: 'admin' } },
			{ tokens: { bot: fake.tokens.bot } },
		);
		expect(error.message).toContain('the Admin Token in the Pachca API credential is empty');
		expect(fake.requests).toHaveLength(0);
	});
});
