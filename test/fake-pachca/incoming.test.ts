import { FakePachca } from './server';

/** The fake's incoming webhooks over real HTTP, past the node. */
describe("fake Pachca's incoming webhooks", () => {
	const fake = new FakePachca({ seed: true });
	beforeAll(async () => await fake.start());
	afterAll(async () => await fake.stop());

	const post = async (url: string, body: unknown, method = 'POST') => {
		const response = await fetch(url, {
			method,
			headers: { 'content-type': 'application/json' },
			body: method === 'POST' ? JSON.stringify(body) : undefined,
		});
		return { status: response.status, body: (await response.json()) as unknown };
	};

	it('gives each bot its own URL; an unknown one is 404 and a GET 405', async () => {
		expect(fake.incomingWebhookUrl(3)).toMatch(new RegExp(`^${fake.origin}/webhooks/3-[0-9a-f]{24}$`));
		expect(fake.incomingWebhookUrl(3)).not.toBe(fake.incomingWebhookUrl(4));
		expect((await post(`${fake.origin}/webhooks/3-guessed`, { text: 'x' })).status).toBe(404);
		expect((await post(fake.incomingWebhookUrl(3), undefined, 'GET')).status).toBe(405);
	});

	it('without a template posts the body as JSON; with a challenge key, echoes the challenge and posts nothing', async () => {
		const bot = fake.state.bots.get(3);
		const count = () => fake.state.messages.size;
		const before = count();
		expect(await post(fake.incomingWebhookUrl(3), { text: 'hi' })).toEqual({ status: 200, body: { ok: true } });
		expect([...fake.state.messages.values()].slice(before).map((m) => m.content)).toEqual([
			'{"text":"hi"}',
			'{"text":"hi"}',
		]);
		bot.webhook.challenge_key = 'challenge';
		const after = count();
		expect(await post(fake.incomingWebhookUrl(3), { challenge: 'abc' })).toEqual({
			status: 200,
			body: { challenge: 'abc' },
		});
		expect(count()).toBe(after);
		bot.webhook.challenge_key = null;
		bot.webhook.template = '{{ missing }}';
		expect((await post(fake.incomingWebhookUrl(3), { text: 'hi' })).status).toBe(422);
	});
});
