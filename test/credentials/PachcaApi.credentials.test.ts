import type { ICredentialDataDecryptedObject, INodeProperties } from 'n8n-workflow';
import { NodeApiError, NodeHelpers } from 'n8n-workflow';

import { verifyEachToken } from '../../nodes/shared/api/credentialCheck';
import { testCredential } from '../harness';
import type { LoggedRequest } from '../support/pachca';
import { credentialsFor, useFakePachca } from '../support/pachca';

const fake = useFakePachca();

describe('Pachca API credential test', () => {
	it('passes when every filled-in token is accepted, asking Pachca about each', async () => {
		const result = await testCredential(credentialsFor(fake));
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		const asked = fake.requests
			.filter((r: LoggedRequest) => r.path === '/oauth/token/info')
			.map((r: LoggedRequest) => r.role);
		expect(new Set(asked)).toEqual(new Set(['bot', 'admin', 'owner']));
	});

	it('names the token Pachca rejects', async () => {
		const result = await testCredential(credentialsFor(fake, { bot: fake.tokens.bot, admin: 'stale-admin-token' }));
		expect(result.status).toBe('Error');
		expect(result.message).toContain('The Admin Token was rejected');
		expect(result.message).not.toContain('stale-admin-token');
	});

	it('refuses as a setup mistake (a warning), which n8n logs by its message without a stack trace', async () => {
		const refusal: unknown = await verifyEachToken(
			credentialsFor(fake, { bot: 'stale-bot-token' }) as ICredentialDataDecryptedObject,
		).catch((error: unknown) => error);
		expect(refusal).toBeInstanceOf(NodeApiError);
		expect((refusal as NodeApiError).message).toContain('The Bot Token was rejected');
		expect((refusal as NodeApiError).level).toBe('warning');
	});

	it('is logged once per failed test: n8n passes the refusal through without wrapping it', async () => {
		// n8n's ErrorReporter logs an error and each of its causes; a wrapped refusal was two (or more) lines.
		const result = await testCredential(credentialsFor(fake, { bot: 'stale-bot-token' }));
		expect(result).toMatchObject({ status: 'Error', loggedLines: 1 });
		expect(result.message).toContain('The Bot Token was rejected');
	});

	it('blames the Base URL, not the token, when it answers 404 (a web site, or the API root left out)', async () => {
		const result = await testCredential({
			...credentialsFor(fake, { bot: fake.tokens.bot }),
			baseUrl: fake.baseUrl.replace(/\/api\/shared\/v1\/?$/, ''),
		});
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(
			/answered HTTP 404 \(.*\) where Pachca's API tells about a token\. Check the Base URL/,
		);
		expect(result.message).not.toContain('was rejected');
		expect(result.loggedLines).toBe(1);
	});

	it('asks for at least one token', async () => {
		const result = await testCredential(credentialsFor(fake, {}));
		expect(result).toMatchObject({ status: 'Error' });
		expect(result.message).toContain('Fill in at least one token');
		expect(fake.requests).toHaveLength(0);
	});

	it('refuses a Base URL that answers 200 with a web page instead of the API', async () => {
		const page = '<html><head><title>Welcome</title></head><body>Our company site</body></html>';
		fake.failRoute({
			path: '/oauth/token/info',
			status: 200,
			body: page,
			headers: { 'content-type': 'text/html' },
		});
		// Every token gets the page: the check must refuse it, and n8n's own test request must not pass it either.
		const result = await testCredential(credentialsFor(fake));
		expect(result.status).toBe('Error');
		expect(result.message).toContain("answered, but not as Pachca's API (text/html");
		expect(result.message).toContain('Check the Base URL');
		expect(result.loggedLines).toBe(1);
	});

	it('accepts a base URL with or without a trailing slash', async () => {
		const result = await testCredential({ ...credentialsFor(fake, { bot: fake.tokens.bot }), baseUrl: fake.baseUrl });
		expect(result.status).toBe('OK');
	});
});

describe('Pachca API credential test: tokens in the wrong field, missing scopes', () => {
	it("says a bot's token pasted as Admin Token belongs in Bot Token", async () => {
		const result = await testCredential(credentialsFor(fake, { admin: fake.tokens.bot }));
		expect(result.status).toBe('Error');
		expect(result.message).toContain("The Admin Token field holds a bot's token. Move it to Bot Token");
		expect(result.message).not.toContain(fake.tokens.bot);
	});

	it("says a person's token pasted as Bot Token belongs in Admin Token or Owner Token", async () => {
		const result = await testCredential(credentialsFor(fake, { bot: fake.tokens.admin }));
		expect(result.status).toBe('Error');
		expect(result.message).toContain("The Bot Token field holds a person's API token");
		expect(result.message).toContain('Admin Token');
	});

	it('names the scopes a working token lacks for the operations the node gives it', async () => {
		const webhook = fake.state.bots.get(3).webhook;
		const scopes = webhook.scopes;
		webhook.scopes = scopes.filter(
			(scope: string) => scope !== 'messages:create' && scope !== 'bot_self:webhook:write',
		);
		const result = await testCredential(credentialsFor(fake, { bot: fake.tokens.bot })).finally(() => {
			webhook.scopes = scopes;
		});
		expect(result.status).toBe('Error');
		expect(result.message).toContain(
			'The Bot Token works but lacks 2 scopes the node uses it for: bot_self:webhook:write, messages:create.',
		);
	});

	it("points an administrator's token in the Owner Token field to Admin Token", async () => {
		const result = await testCredential(credentialsFor(fake, { owner: fake.tokens.admin }));
		expect(result.status).toBe('Error');
		expect(result.message).toContain('The Owner Token works but lacks');
		expect(result.message).toContain('audit_events:read');
		expect(result.message).toContain("If it is an administrator's token, move it to Admin Token.");
	});
});

describe('Pachca API credential form', () => {
	it('warns about unchecked deliveries only while the Webhook Signing Secret is empty', async () => {
		const { PachcaApi } = await import('../../credentials/PachcaApi.credentials');
		const properties = new PachcaApi().properties;
		const notice = properties.find((property) => property.name === 'signingNotice');
		expect(notice?.type).toBe('notice');
		const shownWith = (signingSecret: string) =>
			NodeHelpers.displayParameter({ signingSecret }, notice as INodeProperties, null, null);
		expect(shownWith('')).toBe(true);
		expect(shownWith('whsec-123')).toBe(false);
		// Right below the secret it is about.
		expect(properties.map((property) => property.name).slice(-2)).toEqual(['signingSecret', 'signingNotice']);
	});
});
