import { RateLimits } from './limits';

/** The fake's limiter on its own, with a clock that stands still unless moved. */
function limiter() {
	const clock = { t: 0 };
	return { clock, limits: new RateLimits({ now: () => clock.t }) };
}

const send = (chat: number) => ({ message: { entity_type: 'discussion', entity_id: chat } });
const state = { messages: new Map([[55, { chat_id: 7 }]]), threads: new Map() };

/** How many of `n` requests at one instant the limiter lets through. */
function allowed(limits: RateLimits, n: number, method: string, path: string, body: unknown = {}, token = 'token-a') {
	let passed = 0;
	for (let i = 0; i < n; i++) if (!limits.check(state, method, path, body, token)) passed += 1;
	return passed;
}

describe("fake Pachca's rate limits", () => {
	it('message sends: a burst of 30 per chat, then 429 with Retry-After in whole seconds', () => {
		const { limits } = limiter();
		expect(allowed(limits, 40, 'POST', '/messages', send(7))).toBe(30);
		expect(limits.check(state, 'POST', '/messages', send(7), 'token-a')).toMatchObject({
			status: 429,
			headers: { 'retry-after': '1' },
		});
		// Another chat and another token have their own buckets; an edit in chat 7 counts against chat 7.
		expect(allowed(limits, 1, 'POST', '/messages', send(8))).toBe(1);
		expect(allowed(limits, 1, 'POST', '/messages', send(7), 'token-b')).toBe(1);
		expect(allowed(limits, 1, 'PUT', '/messages/55')).toBe(0);
	});

	it('message sends: after 5 s at 30/s the burst budget is spent and 4/s is what is left', () => {
		const { clock, limits } = limiter();
		let passed = 0;
		for (clock.t = 0; clock.t < 10_000; clock.t += 1000 / 30)
			passed += allowed(limits, 1, 'POST', '/messages', send(7));
		// 30 at once would be the peak; spread at 30/s the budget (130 + 4/s) lasts about 5.4 s, then 4/s.
		expect(passed).toBeGreaterThan(150);
		expect(passed).toBeLessThan(130 + 4 * 10 + 2);
	});

	it('reads of messages 10, event history 5, everything else 50 at once', () => {
		const { limits } = limiter();
		expect(allowed(limits, 15, 'GET', '/messages', {}, 'token-a')).toBe(10);
		expect(allowed(limits, 15, 'GET', '/webhooks/events', {}, 'token-b')).toBe(5);
		expect(allowed(limits, 65, 'GET', '/users', {}, 'token-c')).toBe(50);
		expect(limits.stats).toEqual({ allowed: 65, limited: 30, blocked: 0 });
	});

	it('a token that keeps pushing after 429s is blocked for a while, even for other classes', () => {
		const { clock, limits } = limiter();
		allowed(limits, 50 + 21, 'GET', '/users');
		expect(limits.check(state, 'GET', '/chats', {}, 'token-a')).toMatchObject({
			status: 429,
			headers: { 'retry-after': '30' },
		});
		clock.t += 30_001;
		expect(limits.check(state, 'GET', '/chats', {}, 'token-a')).toBeNull();
	});

	it('the strict model: one 4/s bucket of 4 per chat, no burst', () => {
		const clock = { t: 0 };
		const limits = new RateLimits({ model: 'strict', now: () => clock.t });
		expect(allowed(limits, 10, 'POST', '/messages', send(7))).toBe(4);
		clock.t += 500;
		expect(allowed(limits, 10, 'POST', '/messages', send(7))).toBe(2);
		expect(allowed(limits, 10, 'POST', '/messages', send(8))).toBe(4);
		expect(allowed(limits, 60, 'GET', '/users')).toBe(50);
	});
});
