import type { IDataObject } from 'n8n-workflow';

import { OPERATIONS } from '../../../../../nodes/shared/api/catalogue';
import { PACHCA_RATES, chatOf, readRateSettings } from '../../../../../nodes/shared/send/pace/rateLimits';
import type { LoggedRequest } from '../../../../support/pachca';
import { byId, run, sendToChat, useFakePachca } from '../../../../support/pachca';

const fake = useFakePachca();
afterEach(() => fake.disableLimits());

/** `count` messages into `chat`, one item each, text = position. */
function sendsTo(chat: number, count: number, rateLimits: IDataObject = {}) {
	fake.state.addChat({ id: chat, name: `Paced ${chat}`, owner_id: 1 }, [[3, 'member']]);
	const items = Array.from({ length: count }, (_, i) => ({ json: { text: `#${i}` } }));
	const parameters = sendToChat(chat, '={{ $json.text }}', { nodeOptions: { rateLimits } });
	return { items, parameters };
}

const inChat = (chat: number) =>
	[...fake.state.messages.values()]
		.filter((m: { chat_id: number }) => m.chat_id === chat)
		.sort((a: { id: number }, b: { id: number }) => a.id - b.id)
		.map((m: { content: string }) => m.content);

describe('Rate Limits settings', () => {
	it("defaults to Pachca's documented limits; the option overrides any of them", () => {
		expect(readRateSettings({})).toEqual(PACHCA_RATES);
		expect(readRateSettings({ otherPerSecond: 5, pace: false })).toEqual({
			...PACHCA_RATES,
			otherPerSecond: 5,
			pace: false,
		});
	});

	it('refuses a rate that is not a positive number, naming the field', () => {
		expect(() => readRateSettings({ messageWritesPerSecond: -1 })).toThrow(
			'Message Writes per Second per Chat (in Token and Rate Limits › Rate Limits) must be a number above 0',
		);
	});

	it('a send counts against its chat; edits and deletes (no chat in the request) against the token', () => {
		expect(chatOf(OPERATIONS['message.create'], { message: { entity_type: 'thread', entity_id: 9 } })).toBe('thread:9');
		expect(chatOf(OPERATIONS['message.update'], { message: { content: 'x' } })).toBeUndefined();
		expect(chatOf(OPERATIONS['chat.get'], {})).toBeUndefined();
	});
});

describe('pacing through the node, against the fake enforcing the documented limits', () => {
	it('40 sends to one chat: no 429, every message once, in item order', async () => {
		const limits = fake.enableLimits();
		const { items, parameters } = sendsTo(301, 40);
		const output = await run(fake, parameters, { items });
		expect(output.map((item) => item.content)).toEqual(items.map((item) => item.json.text));
		expect(inChat(301)).toEqual(items.map((item) => item.json.text));
		expect(limits.stats.limited).toBe(0);
	});

	it('with pacing off the same burst meets 429s; the refused sends wait and go again, none lost or doubled', async () => {
		// A bucket of 5 refilled at 10/s: sends faster than 10 per second meet a 429, even on a busy machine.
		const limits = fake.enableLimits({ classes: { messageWrite: [{ perSecond: 10, burst: 5 }] }, blockAfter: 1000 });
		const { items, parameters } = sendsTo(302, 40, { pace: false });
		await run(fake, parameters, { items });
		expect(limits.stats.limited).toBeGreaterThan(0);
		expect(fake.requests.length).toBe(40 + limits.stats.limited);
		expect([...inChat(302)].sort()).toEqual(items.map((item) => item.json.text).sort());
	});

	it('lowering a rate in the option keeps a stricter workspace free of 429s', async () => {
		const limits = fake.enableLimits({ classes: { default: [{ perSecond: 5, burst: 5 }] } });
		const items = Array.from({ length: 8 }, () => ({ json: {} }));
		const getChat = { resource: 'chat', operation: 'get', selectedChatId: byId('id', 101) };
		await run(fake, { ...getChat, nodeOptions: { rateLimits: { otherPerSecond: 5 } } }, { items });
		expect(limits.stats.limited).toBe(0);
		// The same run at the default 50/s is refused some of the time: the option is what made the difference.
		fake.enableLimits({ classes: { default: [{ perSecond: 5, burst: 5 }] } });
		const control = await run(fake, getChat, { items });
		expect(control).toHaveLength(8);
		expect(fake.limits?.stats.limited).toBeGreaterThan(0);
		expect(fake.requests.filter((r: LoggedRequest) => r.path === '/chats/101').length).toBe(
			16 + (fake.limits?.stats.limited ?? 0),
		);
	});
});
