import type { IDataObject } from 'n8n-workflow';

import { buildDelivery, deliver, post, signBody } from '../../fake-pachca/sign';
import type { DeliveryServer } from '../../harness';
import { startDeliveryServer } from '../../harness';
import { useFakePachca } from '../../support/pachca';
import type { TriggerSetup } from '../../support/triggers';
import { SECRET, messagePayload, triggerFor } from '../../support/triggers';

const fake = useFakePachca();
let servers: DeliveryServer[] = [];

afterEach(async () => {
	await Promise.all(servers.map(async (server) => await server.stop()));
	servers = [];
});

/** A trigger in manual registration (no Pachca calls on activation) behind a delivery endpoint. */
async function endpoint(
	parameters: IDataObject = {},
	secret = SECRET,
): Promise<{ trigger: TriggerSetup; server: DeliveryServer }> {
	const trigger = await triggerFor(
		fake,
		'pachcaTrigger',
		{ events: ['message_new'], registration: 'manual', ...parameters },
		{ secret },
	);
	const server = await startDeliveryServer(trigger);
	servers.push(server);
	return { trigger, server };
}

const now = () => Math.floor(Date.now() / 1000);

describe('Pachca Trigger deliveries', () => {
	it('answers 200 to a signed delivery and starts one execution with the payload and event name', async () => {
		const { server } = await endpoint();
		const response = await deliver(server.url, messagePayload(), { secret: SECRET });
		expect(response.status).toBe(200);
		expect(server.items).toEqual([
			{
				...messagePayload(),
				webhook_timestamp: expect.any(Number),
				event_type: 'message_new',
				chatInput: 'Deploy finished',
				sessionId: 'pachca-chat-101',
			},
		]);
		expect(server.errors).toEqual([]);
	});

	it.each([
		['a wrong signature', () => buildDelivery(messagePayload(), { secret: 'another-secret' })],
		['no signature', () => buildDelivery(messagePayload())],
		['a stale timestamp', () => buildDelivery(messagePayload(), { secret: SECRET, timestamp: now() - 120 })],
		['a future timestamp', () => buildDelivery(messagePayload(), { secret: SECRET, timestamp: now() + 120 })],
		[
			'no timestamp',
			() => {
				const body = JSON.stringify(messagePayload());
				return { body, headers: { 'content-type': 'application/json', 'pachca-signature': signBody(body, SECRET) } };
			},
		],
	])('answers 401 and starts nothing for %s', async (_case, build) => {
		const { server } = await endpoint();
		const { body, headers } = build();
		const response = await post(server.url, body, headers);
		expect(response.status).toBe(401);
		expect(JSON.parse(response.text).error).toMatch(/^Rejected: /);
		expect(server.executions).toHaveLength(0);
	});

	it('answers 401 when the body differs from the signed one by a single byte', async () => {
		const { server } = await endpoint();
		const { body, headers } = buildDelivery(messagePayload({ content: 'Pay 100' }), { secret: SECRET });
		const altered = body.replace('Pay 100', 'Pay 900');
		expect(altered).toHaveLength(body.length);
		expect((await post(server.url, altered, headers)).status).toBe(401);
		expect((await post(server.url, body, headers)).status).toBe(200);
		expect(server.items.map((item) => item.content)).toEqual(['Pay 100']);
	});

	it('verifies the raw bytes, not re-serialised JSON', async () => {
		const { server } = await endpoint();
		// Spacing and key order that JSON.stringify would not reproduce.
		const body =
			`{ "webhook_timestamp": ${now()},  "type":"message", "event":"new", "id": 7, "chat_id": ` +
			`101, "user_id": 5, "content": "spaced" }`;
		const response = await post(server.url, body, {
			'content-type': 'application/json',
			'pachca-signature': signBody(body, SECRET),
		});
		expect(response.status).toBe(200);
		expect(server.items).toEqual([expect.objectContaining({ id: 7, content: 'spaced' })]);
	});

	it('accepts a timestamp inside a wider configured window', async () => {
		const { server } = await endpoint({ options: { timestampWindow: 300 } });
		const response = await deliver(server.url, messagePayload(), { secret: SECRET, timestamp: now() - 120 });
		expect(response.status).toBe(200);
		expect(server.executions).toHaveLength(1);
	});

	it('answers 400 to a signed body that is not JSON, and starts nothing', async () => {
		const { server } = await endpoint();
		const body = '{"type":"message","event":';
		// As application/json n8n itself would refuse it (422) before the node runs; as text it reaches the node.
		const response = await post(server.url, body, {
			'content-type': 'text/plain',
			'pachca-signature': signBody(body, SECRET),
		});
		expect(response.status).toBe(400);
		expect(server.executions).toHaveLength(0);
	});

	it('version 2 reads a body n8n leaves unread (no or another content type) itself, as n8n does for version 1', async () => {
		for (const typeVersion of [1, 2]) {
			const trigger = await triggerFor(
				fake,
				'pachcaTrigger',
				{
					events: ['message_new'],
					...(typeVersion === 1 ? { registration: 'manual' } : { options: { registration: 'manual' } }),
				},
				{ typeVersion },
			);
			const server = await startDeliveryServer(trigger);
			servers.push(server);
			const { body, headers } = buildDelivery(messagePayload(), { secret: SECRET });
			const signed = { ...headers, 'content-type': 'application/octet-stream' };
			expect((await post(server.url, body, signed)).status).toBe(200);
			expect(server.executions).toHaveLength(1);
			// Signed bytes that are not JSON: 400 (not 401 for a body never read).
			const bytes = Buffer.from([0xff, 0x00, 0x7b, 0x13]);
			const raw = { ...signed, 'pachca-signature': signBody(bytes, SECRET) };
			expect((await post(server.url, bytes, raw)).status).toBe(400);
			expect(server.executions).toHaveLength(1);
			if (typeVersion === 2) {
				// What it reads itself is bounded by n8n's own 16 MiB body limit.
				const huge = Buffer.alloc(16 * 1024 * 1024 + 1, 0x20);
				expect((await post(server.url, huge, { 'content-type': 'application/octet-stream' })).status).toBe(413);
			}
		}
	});

	it('accepts unsigned deliveries when the credential has no signing secret', async () => {
		const { server } = await endpoint({}, '');
		const response = await deliver(server.url, messagePayload());
		expect(response.status).toBe(200);
		expect(server.executions).toHaveLength(1);
	});
});

describe('Pachca Trigger sender address check', () => {
	it('answers 401 when the connection does not come from an allowed address', async () => {
		const { server } = await endpoint({ options: { allowedIps: '37.200.70.177' } });
		const response = await deliver(server.url, messagePayload(), { secret: SECRET });
		expect(response.status).toBe(401);
		expect(response.text).toContain('127.0.0.1 is not allowed');
		expect(server.executions).toHaveLength(0);
	});

	it('accepts a delivery from an allowed address', async () => {
		const { server } = await endpoint({ options: { allowedIps: '37.200.70.177, 127.0.0.1' } });
		expect((await deliver(server.url, messagePayload(), { secret: SECRET })).status).toBe(200);
		expect(server.executions).toHaveLength(1);
	});

	it('ignores a spoofed X-Forwarded-For unless n8n is behind a trusted proxy', async () => {
		const spoofed = { secret: SECRET, headers: { 'x-forwarded-for': '37.200.70.177' } };
		const direct = await endpoint({ options: { allowedIps: '37.200.70.177' } });
		expect((await deliver(direct.server.url, messagePayload(), spoofed)).status).toBe(401);
		expect(direct.server.executions).toHaveLength(0);

		const proxied = await endpoint({ options: { allowedIps: '37.200.70.177', trustedProxy: true } });
		expect((await deliver(proxied.server.url, messagePayload(), spoofed)).status).toBe(200);
		// Behind the proxy only the entry it appended counts, not what the sender wrote before it.
		const prepended = { secret: SECRET, headers: { 'x-forwarded-for': '37.200.70.177, 10.0.0.9' } };
		expect((await deliver(proxied.server.url, messagePayload(), prepended)).status).toBe(401);
		expect(proxied.server.executions).toHaveLength(1);
	});
});

describe('Pachca Trigger redeliveries and filters', () => {
	it('starts one execution when the same delivery arrives twice, remembered in static data', async () => {
		const { trigger, server } = await endpoint();
		expect((await deliver(server.url, messagePayload(), { secret: SECRET, timestamp: now() - 5 })).status).toBe(200);
		// Pachca's retry: same event, new timestamp and signature.
		expect((await deliver(server.url, messagePayload(), { secret: SECRET })).status).toBe(200);
		expect(server.executions).toHaveLength(1);
		expect(trigger.nodeStaticData.deliveries).toHaveLength(1);

		expect((await deliver(server.url, messagePayload({ id: 56432 }), { secret: SECRET })).status).toBe(200);
		expect(server.executions).toHaveLength(2);
	});

	it('answers 200 and starts nothing for an event that is not selected', async () => {
		const { server } = await endpoint({ events: ['message_new'] });
		const reaction = {
			type: 'reaction',
			event: 'new',
			chat_id: 101,
			message_id: 1001,
			code: '👍',
			name: 'thumbsup',
			user_id: 5,
			created_at: '2025-05-15T14:30:00.000Z',
		};
		expect((await deliver(server.url, reaction, { secret: SECRET })).status).toBe(200);
		expect(server.executions).toHaveLength(0);
	});

	it('starts only for messages whose first word is a selected command', async () => {
		const { server } = await endpoint({ filters: { commands: '/deploy, /Help' } });
		for (const [id, content] of [
			[1, '/deploy prod'],
			[2, 'please /deploy'],
			[3, '/help'],
			[4, '/deployment'],
		] as const) {
			expect((await deliver(server.url, messagePayload({ id, content }), { secret: SECRET })).status).toBe(200);
		}
		expect(server.items.map((item) => item.content)).toEqual(['/deploy prod', '/help']);
	});

	it('starts only for the selected chats, counting a thread as its chat', async () => {
		const { server } = await endpoint({ filters: { chatIds: '101' } });
		await deliver(server.url, messagePayload({ id: 1, chat_id: 101 }), { secret: SECRET });
		await deliver(server.url, messagePayload({ id: 2, chat_id: 102 }), { secret: SECRET });
		await deliver(
			server.url,
			messagePayload({ id: 3, chat_id: 105, thread: { message_id: 1001, message_chat_id: 101 } }),
			{ secret: SECRET },
		);
		expect(server.items.map((item) => item.id)).toEqual([1, 3]);
	});

	it("skips the bot's own messages, asking Pachca once which user the bot is", async () => {
		const { trigger, server } = await endpoint({ filters: { ignoreOwnMessages: true } });
		await deliver(server.url, messagePayload({ id: 1, user_id: 3 }), { secret: SECRET });
		await deliver(server.url, messagePayload({ id: 2, user_id: 5 }), { secret: SECRET });
		expect(server.items.map((item) => item.id)).toEqual([2]);
		expect(fake.requests.map((request) => `${request.method} ${request.path} ${request.role}`)).toEqual([
			'GET /profile bot',
		]);
		expect(trigger.nodeStaticData.botUserId).toBe(3);
	});
});
