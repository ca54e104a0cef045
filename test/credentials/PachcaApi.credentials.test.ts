import { testCredential } from '../harness';
import type { LoggedRequest } from '../support/pachca';
import { credentialsFor, useFakePachca } from '../support/pachca';

const fake = useFakePachca();

describe('Pachca API credential test', () => {
	it('passes when every filled-in token is accepted, asking Pachca about each', async () => {
		const result = await testCredential(credentialsFor(fake));
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		const asked = fake.requests.filter((r: LoggedRequest) => r.path === '/oauth/token/info').map((r: LoggedRequest) => r.role);
		expect(new Set(asked)).toEqual(new Set(['bot', 'admin', 'owner']));
	});

	it('names the token Pachca rejects', async () => {
		const result = await testCredential(credentialsFor(fake, { bot: fake.tokens.bot, admin: 'stale-admin-token' }));
		expect(result.status).toBe('Error');
		expect(result.message).toContain('The Admin Token was rejected');
		expect(result.message).not.toContain('stale-admin-token');
	});

	it('asks for at least one token', async () => {
		const result = await testCredential(credentialsFor(fake, {}));
		expect(result).toMatchObject({ status: 'Error' });
		expect(result.message).toContain('Fill in at least one token');
		expect(fake.requests).toHaveLength(0);
	});

	it('accepts a base URL with or without a trailing slash', async () => {
		const result = await testCredential({ ...credentialsFor(fake, { bot: fake.tokens.bot }), baseUrl: fake.baseUrl });
		expect(result.status).toBe('OK');
	});
});
