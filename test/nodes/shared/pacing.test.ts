import { sleep } from 'n8n-workflow';

import { RateLimits } from '../../fake-pachca/limits';
import type { Clock, Slot, Turn } from '../../../nodes/shared/pacing';
import { Lane } from '../../../nodes/shared/pacing';
import { PACHCA_RATES, pacerBuckets } from '../../../nodes/shared/rateLimits';

/**
 * A clock that only moves when the lane sleeps: the pacer's arithmetic, without waiting. Time
 * moves on in a later turn of the event loop, once whoever was let through has noted the time.
 */
function virtualClock(): Clock & { t: number } {
	const clock = {
		t: 0,
		now: () => clock.t,
		sleep: async (ms: number) => {
			await sleep(0);
			clock.t += ms;
		},
	};
	return clock;
}

/** Acquires every turn, resolving each slot at once; resolves to the times the turns were let through. */
async function timesOf(lane: Lane, clock: { now(): number }, turns: Turn[]): Promise<number[]> {
	return await Promise.all(turns.map(async (turn) => (await lane.acquire(turn), clock.now())));
}

const turns = (n: number, extra: Partial<Turn> = {}): Turn[] => Array.from({ length: n }, (_, item) => ({ item, ...extra }));

describe('pacing: token buckets', () => {
	it('lets a full bucket through at once, then one request per 1/rate', async () => {
		const clock = virtualClock();
		const lane = new Lane(clock).configure([{ perSecond: 10, burst: 3 }], false);
		expect(await timesOf(lane, clock, turns(6))).toEqual([0, 0, 0, 100, 200, 300]);
	});

	it("keeps message sends to one chat within the fake Pachca's documented buckets: no 429 over 300 sends", async () => {
		const clock = virtualClock();
		const lane = new Lane(clock).configure(pacerBuckets('messageWrite', PACHCA_RATES), true);
		const pachca = new RateLimits({ now: clock.now });
		const refused: number[] = [];
		for (let i = 0; i < 300; i++) {
			const slot = (await lane.acquire({ item: i })) as Slot;
			if (pachca.check({}, 'POST', '/messages', { message: { entity_id: 7 } }, 'token')) refused.push(i);
			slot.release();
		}
		expect(refused).toEqual([]);
		// 27 of the 30-request burst at once, then 30/s until the 5-second burst budget runs out, then 4/s.
		expect(pachca.stats.allowed).toBe(300);
		expect(clock.t).toBeGreaterThan(((300 - 150) / 4) * 1000);
	});
});

describe('pacing: order', () => {
	it("puts one run's items in item order even when they reach the lane out of order", async () => {
		const clock = virtualClock();
		const lane = new Lane(clock).configure([{ perSecond: 10, burst: 1 }], false);
		const run = {};
		const order: number[] = [];
		await Promise.all([0, 3, 1, 2].map(async (item) => (await lane.acquire({ run, item }), order.push(item))));
		expect(order).toEqual([0, 1, 2, 3]);
	});

	it('a serial lane lets the next request go only when the one in flight is released', async () => {
		const lane = new Lane(virtualClock()).configure([{ perSecond: 100, burst: 100 }], true);
		const first = (await lane.acquire({ item: 0 })) as Slot;
		let second: Slot | undefined;
		const pending = lane.acquire({ item: 1 }).then((slot) => (second = slot));
		await sleep(0);
		expect(second).toBeUndefined();
		first.release();
		await pending;
		expect(second).toBeDefined();
	});

	it('a retry goes before the requests that have not been sent yet', async () => {
		const clock = virtualClock();
		const lane = new Lane(clock).configure([{ perSecond: 10, burst: 1 }], false);
		const run = {};
		await lane.acquire({ run, item: 0 });
		const order: string[] = [];
		const later = [1, 2].map(async (item) => (await lane.acquire({ run, item }), order.push(`item ${item}`)));
		const retry = lane.acquire({ run, item: 0, retry: true }).then(() => order.push('retry of item 0'));
		await Promise.all([...later, retry]);
		expect(order).toEqual(['retry of item 0', 'item 1', 'item 2']);
	});

	it('drops a waiter whose run has stopped, without using a request of the bucket', async () => {
		const clock = virtualClock();
		const lane = new Lane(clock).configure([{ perSecond: 10, burst: 1 }], false);
		const [skipped, next] = await Promise.all([lane.acquire({ skip: () => true }), lane.acquire({})]);
		expect(skipped).toBeUndefined();
		expect(next).toBeDefined();
		expect(clock.t).toBe(0);
	});
});

describe('pacing: after a 429', () => {
	it('holds the lane for the Retry-After, then keeps to the rate Pachca accepted', async () => {
		const clock = virtualClock();
		const lane = new Lane(clock).configure([{ perSecond: 10, burst: 5 }], false);
		for (const slot of await Promise.all(turns(5).map(async (turn) => await lane.acquire(turn)))) slot?.release();
		for (let i = 0; i < 5; i++) lane.accepted();
		lane.penalize(1000);
		const [retry, next, after] = await timesOf(lane, clock, turns(3));
		expect(retry).toBe(1000);
		// Refused at the configured 10/s, which is all this lane knows as sustained: one step down.
		expect(lane.learnedRate).toBe(8);
		expect([next - retry, after - next]).toEqual([125, 125]);
	});

	it("under the fake's strict model (4/s, no burst) settles at 4/s after one 429 per chat, and stays near it", async () => {
		const clock = virtualClock();
		const lane = new Lane(clock).configure(pacerBuckets('messageWrite', PACHCA_RATES), true);
		const pachca = new RateLimits({ model: 'strict', now: clock.now });
		const { refused, sentAt } = await sendThrough(lane, pachca, 100);
		expect(refused).toBeGreaterThanOrEqual(1);
		expect(refused).toBeLessThanOrEqual(4);
		// The floor for 100 sends at 4/s from a bucket of 4 is 24 s; one second lost per 429 at most.
		expect(sentAt).toBeLessThan(24_000 + refused * 1000 + 1000);
		expect(lane.learnedRate).toBeGreaterThanOrEqual(4);
	});

	it('never settles below the documented sustained rate while Pachca accepts it', async () => {
		const clock = virtualClock();
		const lane = new Lane(clock).configure(pacerBuckets('messageWrite', PACHCA_RATES), true);
		// Pachca accepted only 1 request in the last second, yet 4/s is documented: keep 4/s.
		lane.accepted();
		lane.penalize(1000);
		expect(lane.learnedRate).toBe(4);
		// 429s again at 4/s: now below it, a step at a time, and never under a quarter of it.
		lane.penalize(1000);
		expect(lane.learnedRate).toBeCloseTo(3.2);
		for (let i = 0; i < 20; i++) lane.penalize(1000);
		expect(lane.learnedRate).toBe(1);
	});

	it('recovers step by step while no 429 comes, back to the configured buckets', async () => {
		const clock = virtualClock();
		const lane = new Lane(clock).configure(pacerBuckets('messageWrite', PACHCA_RATES), true);
		const pachca = new RateLimits({ now: clock.now });
		lane.penalize(1000);
		expect(lane.learnedRate).toBe(4);
		const rates: number[] = [];
		for (let round = 0; round < 40 && lane.learnedRate !== undefined; round++) {
			const { refused } = await sendThrough(lane, pachca, 20);
			expect(refused).toBe(0);
			rates.push(lane.learnedRate ?? 30);
		}
		expect(rates.length).toBeGreaterThan(3);
		expect(rates).toEqual([...rates].sort((a, b) => a - b));
		expect(lane.learnedRate).toBeUndefined();
	});
});

/**
 * Sends `n` messages to one chat through the lane against the fake's limiter, as call.ts does:
 * a 429 holds the lane for Retry-After and the refused send goes again first.
 */
async function sendThrough(lane: Lane, pachca: RateLimits, n: number): Promise<{ refused: number; sentAt: number }> {
	const clock = virtualClockOf(lane);
	let refused = 0;
	for (let i = 0; i < n; i++) {
		let turn: Turn = { item: i };
		for (let attempt = 0; attempt < 20; attempt++) {
			const slot = (await lane.acquire(turn)) as Slot;
			const answer = pachca.check({}, 'POST', '/messages', { message: { entity_id: 7 } }, 'token');
			if (!answer) {
				lane.accepted();
				slot.release();
				break;
			}
			refused += 1;
			const waitMs = Number(answer.headers['retry-after']) * 1000;
			lane.penalize(waitMs);
			turn = { item: i, retry: true, notBefore: clock.now() + waitMs };
			slot.release();
		}
	}
	return { refused, sentAt: clock.now() };
}

const virtualClockOf = (lane: Lane) => (lane as unknown as { clock: Clock }).clock;
