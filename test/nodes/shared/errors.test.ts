import { byId, runFailing, useFakePachca } from '../../support/pachca';

const fake = useFakePachca();

const send = { resource: 'message', operation: 'create', entityType: 'discussion', chatId: byId('id', 101), content: 'hi' };

function expectNoToken(error: object) {
	const shown = JSON.stringify(error, Object.getOwnPropertyNames(error));
	for (const token of Object.values(fake.tokens)) expect(shown).not.toContain(token);
}

describe('API errors', () => {
	it('422: Pachca message with the field key, the status and a hint', async () => {
		fake.failRoute({ method: 'POST', path: '/messages', status: 422, body: { errors: [{ key: 'content', value: null, message: 'is too long', code: 'too_long', payload: null }] } });
		const error = await runFailing(fake, send);
		expect(error.message).toBe('Pachca: content: is too long (HTTP 422)');
		expect(error.httpCode).toBe('422');
		expect(error.description).toContain('Fix the fields');
		expectNoToken(error);
	});

	it('401: names the token that was rejected', async () => {
		const error = await runFailing(fake, send, { tokens: { bot: 'revoked-token' } });
		expect(error.message).toMatch(/^Pachca: Access token is invalid \(HTTP 401\)$/);
		expect(error.description).toContain('Pachca rejected the Bot Token');
		expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain('revoked-token');
	});

	it('403 insufficient_scope: names the scope and the token used', async () => {
		const webhook = fake.state.bots.get(3).webhook;
		const granted: string[] = webhook.scopes;
		webhook.scopes = granted.filter((scope) => scope !== 'messages:create');
		try {
			const error = await runFailing(fake, send);
			expect(error.message).toContain('(HTTP 403)');
			expect(error.message).toContain('messages:create');
			expect(error.description).toContain('the Bot Token lacks the scope "messages:create"');
			expectNoToken(error);
		} finally {
			webhook.scopes = granted;
		}
	});

	it('404: hint to check the ID', async () => {
		const error = await runFailing(fake, { resource: 'message', operation: 'get', messageId: 999999 });
		expect(error.message).toContain('(HTTP 404)');
		expect(error.description).toContain('check the ID');
	});
});
