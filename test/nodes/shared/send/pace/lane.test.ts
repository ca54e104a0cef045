import { sleep } from 'n8n-workflow';

import { RateLimits } from '../../../../fake-pachca/limits';
import type { Slot } from '../../../../../nodes/shared/send/pace/lane';
import { Lane } from '../../../../../nodes/shared/send/pace/lane';
import { PACHCA_RATES, pacerBuckets } from '../../../../../nodes/shared/send/pace/rateLimits';
import { timesOf, turns, virtualClock } from '../../../../support/lanes';

describe('pacing: token buckets', () => {
	it('lets a full bucket through at once, then one request per 1/rate', async () => {
		const clock = virtualClock();
		const lane = new Lane(clock).configure([{ perSecond: 10, burst: 3 }], false);
		expect(await timesOf(lane, clock, turns(6))).toEqual([0, 0, 0, 100, 200, 300]);
	});

	it("keeps message sends to one chat within the fake Pachca's documented buckets: no 429 over 300 sends", async () => {
		const clock = virtualClock();
		const lane = new Lane(clock).configure(pacerBuckets('messageWrite', PACHCA_RATES, true), true);
		const pachca = new RateLimits({ now: clock.now });
		const refused: number[] = [];
		for (let i = 0; i < 300; i++) {
			const slot = (await lane.acquire({ item: i })) as Slot;
			if (pachca.check({}, 'POST', '/messages', { message: { entity_id: 7 } }, 'token')) refused.push(i);
			slot.release();
		}
		expect(refused).toEqual([]);
		// 29 of the 30-request burst at once, then 30/s until the 5-second burst budget runs out, then 4/s.
		expect(pachca.stats.allowed).toBe(300);
		expect(clock.t).toBeGreaterThan(((300 - 150) / 4) * 1000);
	});
});

describe('pacing: headroom', () => {
	it('a serial lane (sends to one chat) keeps one request of headroom; other lanes keep 10 %', async () => {
		// A serial lane can't bunch arrivals at Pachca: all but one of the 30-request burst go at once.
		const clock = virtualClock();
		const lane = new Lane(clock).configure(pacerBuckets('messageWrite', PACHCA_RATES, true), false);
		const times = await timesOf(lane, clock, turns(30));
		expect(times.filter((t) => t === 0)).toHaveLength(29);
		expect(Math.round(times[29])).toBe(34);
		expect(pacerBuckets('messageWrite', PACHCA_RATES).map((bucket) => bucket.burst)).toEqual([27, 117]);
		expect(pacerBuckets('messageWrite', PACHCA_RATES, true).map((bucket) => bucket.burst)).toEqual([29, 129]);
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
