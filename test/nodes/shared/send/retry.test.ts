import { decideRetry, parseRetryAfter } from '../../../../nodes/shared/send/retry';
import type { LoggedRequest } from '../../../support/pachca';
import { byId, run, runFailing, sendToChat, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();
afterEach(() => fake.clearFailures());

const getChat = { resource: 'chat', operation: 'get', selectedChatId: byId('id', 101) };
const send = sendToChat(101, 'Retry test');
const hits = (method: string, path: string) =>
	fake.requests.filter((r: LoggedRequest) => r.method === method && r.path === path);
const sentMessages = () =>
	[...fake.state.messages.values()].filter((m: { content: string }) => m.content === 'Retry test');

describe('parseRetryAfter and decideRetry', () => {
	const now = Date.parse('2025-05-01T09:00:00Z');

	it('reads seconds and HTTP dates; anything else is unreadable', () => {
		expect(parseRetryAfter('2', now)).toBe(2000);
		expect(parseRetryAfter('Thu, 01 May 2025 09:00:05 GMT', now)).toBe(5000);
		expect(parseRetryAfter('Thu, 01 May 2025 08:00:00 GMT', now)).toBe(0);
		expect(parseRetryAfter('soon', now)).toBeUndefined();
		expect(parseRetryAfter(undefined, now)).toBeUndefined();
	});

	it('waits out a 429 for any method, up to the cap and a bounded number of times', () => {
		expect(decideRetry({ status: 429, retryAfter: '3' }, 'POST', 1, 0)).toEqual({
			retry: true,
			waitMs: 3000,
			rateLimited: true,
		});
		expect(decideRetry({ status: 429, retryAfter: '120' }, 'GET', 1, 0)).toEqual({
			retry: false,
			mayHaveApplied: false,
			rateLimit: { askedMs: 120_000, capMs: 60_000, retries: 0 },
		});
		expect(decideRetry({ status: 429, retryAfter: '1' }, 'GET', 11, 10)).toMatchObject({
			retry: false,
			rateLimit: { retries: 10 },
		});
	});

	it('retries 5xx and lost connections for GET, PUT and DELETE only, a bounded number of times', () => {
		for (const method of ['GET', 'PUT', 'DELETE'] as const) {
			expect(decideRetry({ status: 503 }, method, 1, 0)).toMatchObject({ retry: true, rateLimited: false });
			expect(decideRetry({ code: 'ECONNRESET' }, method, 3, 0)).toMatchObject({ retry: true });
			expect(decideRetry({ status: 503 }, method, 4, 0)).toEqual({ retry: false, mayHaveApplied: false });
		}
		expect(decideRetry({ status: 503 }, 'POST', 1, 0)).toEqual({ retry: false, mayHaveApplied: true });
		expect(decideRetry({ code: 'ECONNRESET' }, 'POST', 1, 0)).toEqual({ retry: false, mayHaveApplied: true });
		expect(decideRetry({ code: 'ECONNREFUSED' }, 'POST', 1, 0)).toMatchObject({ retry: true });
		expect(decideRetry({ status: 422 }, 'GET', 1, 0)).toEqual({ retry: false, mayHaveApplied: false });
	});
});

describe('429 through the node', () => {
	it('Retry-After: 1 → one wait, then the same request again, which succeeds', async () => {
		fake.failRoute({ method: 'GET', path: '/chats/101', status: 429, headers: { 'retry-after': '1' } });
		const [chat] = await run(fake, getChat);
		expect(chat.id).toBe(101);
		expect(hits('GET', '/chats/101')).toHaveLength(2);
	});

	it('Retry-After as an HTTP date is honoured too', async () => {
		fake.failRoute({
			method: 'GET',
			path: '/chats/101',
			status: 429,
			headers: { 'retry-after': new Date(Date.now() + 1000).toUTCString() },
		});
		const [chat] = await run(fake, getChat);
		expect(chat.id).toBe(101);
		expect(hits('GET', '/chats/101')).toHaveLength(2);
	});

	it('a POST answered 429 is sent again: Pachca did not apply it', async () => {
		fake.failRoute({ method: 'POST', path: '/messages', status: 429, headers: { 'retry-after': '1' } });
		await run(fake, send);
		expect(hits('POST', '/messages')).toHaveLength(2);
		expect(sentMessages()).toHaveLength(1);
		sentMessages().forEach((m: { id: number }) => fake.state.messages.delete(m.id));
	});

	it('a Retry-After past the cap fails at once, saying it was the rate limit and how long Pachca asked to wait', async () => {
		fake.failRoute({ method: 'GET', path: '/chats/101', status: 429, headers: { 'retry-after': '120' } });
		const error = await runFailing(fake, getChat);
		expect(error.message).toBe(
			'Pachca rate limit (HTTP 429): Pachca asked to wait 120 s (Retry-After) before retrying, longer than the 60 s this node waits',
		);
		expect(error.description).toContain('Token and Rate Limits → Rate Limits');
		expect(hits('GET', '/chats/101')).toHaveLength(1);
	});
});

describe('5xx and lost connections through the node', () => {
	it('503 on a GET is retried and the call succeeds', async () => {
		fake.failRoute({ method: 'GET', path: '/chats/101', status: 503, times: 2 });
		const [chat] = await run(fake, getChat);
		expect(chat.id).toBe(101);
		expect(hits('GET', '/chats/101')).toHaveLength(3);
	});

	it('a GET whose connection is reset is retried and succeeds', async () => {
		fake.failRoute({ method: 'GET', path: '/chats/101', reset: true });
		const [chat] = await run(fake, getChat);
		expect(chat.id).toBe(101);
		expect(hits('GET', '/chats/101')).toHaveLength(2);
	});

	it('a GET that keeps failing stops after 4 attempts with the status', async () => {
		fake.failRoute({ method: 'GET', path: '/chats/101', status: 502, times: 10 });
		const error = await runFailing(fake, getChat);
		expect(error.message).toContain('(HTTP 502)');
		expect(error.description).toContain('server error');
		expect(hits('GET', '/chats/101')).toHaveLength(4);
	});

	it.each([
		['503', { status: 503 }, 'HTTP 503'],
		['a reset connection', { reset: true }, 'connection reset'],
	])(
		'%s on POST /messages is not re-sent: the error says it may or may not have been applied',
		async (_case, fault, shown) => {
			fake.failRoute({ method: 'POST', path: '/messages', ...fault });
			const error = await runFailing(fake, send);
			expect(error.message).toBe(
				`Pachca did not confirm POST /messages (${shown}); it may or may not have been applied`,
			);
			expect(error.description).toContain('Check in Pachca whether it happened');
			expect(hits('POST', '/messages')).toHaveLength(1);
		},
	);
});
