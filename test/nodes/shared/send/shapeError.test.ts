import { runFailing, sendToChat, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

const send = sendToChat(101, 'hi');

function expectNoToken(error: object) {
	const shown = JSON.stringify(error, Object.getOwnPropertyNames(error));
	for (const token of Object.values(fake.tokens)) expect(shown).not.toContain(token);
}

describe('API errors', () => {
	it('422: Pachca message with the field key, the status and a hint', async () => {
		fake.failRoute({
			method: 'POST',
			path: '/messages',
			status: 422,
			body: { errors: [{ key: 'content', value: null, message: 'is too long', code: 'too_long', payload: null }] },
		});
		const error = await runFailing(fake, send);
		expect(error.message).toBe('Text was not accepted (Pachca: content: is too long, HTTP 422)');
		expect(error.httpCode).toBe('422');
		expect(error.description).toContain('Fix the fields');
		expectNoToken(error);
	});

	it("422: the details panel's Error data lists Pachca's errors[] (key, value, code), never a token", async () => {
		fake.failRoute({
			method: 'POST',
			path: '/messages',
			status: 422,
			body: {
				errors: [
					{ key: 'content', value: 'x'.repeat(500), message: 'is too long', code: 'too_long', payload: null },
					{ key: 'access_token', value: fake.tokens.bot, message: 'is invalid', code: 'invalid', payload: null },
				],
			},
		});
		const error = await runFailing(fake, send);
		// n8n's editor shows error.context.data under "Error data" (NodeErrorView).
		expect(error.context?.data).toEqual({
			errors: [
				{ key: 'content', value: `${'x'.repeat(200)}…`, code: 'too_long', message: 'is too long' },
				{ key: 'access_token', value: '(hidden)', code: 'invalid', message: 'is invalid' },
			],
		});
		// What n8n stores and sends to the editor is the error's JSON.
		expect(JSON.parse(JSON.stringify(error)).context.data.errors).toHaveLength(2);
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

	const apiError = (key: string, message: string) => ({
		errors: [{ key, value: null, message, code: 'invalid', payload: null }],
	});
	it.each([
		[
			400,
			apiError('message', 'is malformed'),
			'Pachca: message: is malformed (HTTP 400)',
			'could not accept the request',
		],
		[
			402,
			apiError('plan', 'Corporation plan required'),
			'Pachca: plan: Corporation plan required (HTTP 402)',
			'paid Pachca plan',
		],
		[
			403,
			apiError('chat', 'You are not a member of this chat'),
			'Pachca: chat: You are not a member of this chat (HTTP 403)',
			"does not let the Bot Token's user do this",
		],
		[
			409,
			apiError('message', 'already exists'),
			'Pachca: message: already exists (HTTP 409)',
			'conflicts with the current state',
		],
		[410, apiError('trigger_id', 'has expired'), 'Pachca: trigger_id: has expired (HTTP 410)', 'about 3 seconds'],
		[
			500,
			apiError('server', 'Internal error'),
			'Pachca did not confirm POST /messages (HTTP 500); it may or may not have been applied',
			'Pachca had a server error',
		],
	])('%i: Pachca message, the status and a hint, never a token', async (status, body, message, hint) => {
		fake.failRoute({ method: 'POST', path: '/messages', status, body });
		const error = await runFailing(fake, send);
		expect(error.message).toBe(message);
		expect(error.httpCode).toBe(String(status));
		expect(error.description).toContain(hint);
		expectNoToken(error);
	});

	it('404: hint to check the ID', async () => {
		const error = await runFailing(fake, { resource: 'message', operation: 'get', messageId: 999999 });
		expect(error.message).toBe(
			'Message ID 999999 was not found, or the bot may not see it (Pachca: id: Object not found, HTTP 404)',
		);
		expect(error.description).toContain('Check the ID');
	});

	it("404 on a send: names the Chat field and the chat given, then Pachca's text and the status", async () => {
		const error = await runFailing(fake, sendToChat(999999, 'hi'));
		expect(error.message).toBe(
			'Chat 999999 was not found, or the bot is not a member of it (Pachca: entity_id: Object not found, HTTP 404)',
		);
	});
});
