import { RateLimits } from '../../../../fake-pachca/limits';
import { Lane } from '../../../../../nodes/shared/send/pace/lane';
import { PACHCA_RATES, pacerBuckets } from '../../../../../nodes/shared/send/pace/rateLimits';
import { sendThrough, timesOf, turns, virtualClock } from '../../../../support/lanes';

/** The rate a lane learns from 429s (Ceiling), on a virtual clock: arithmetic, no waiting. */
describe('pacing: after a 429', () => {
	it('holds the lane for the Retry-After, then sends what Pachca took at once before (less one), then keeps to its rate', async () => {
		const clock = virtualClock();
		const lane = new Lane(clock).configure([{ perSecond: 10, burst: 5 }], false);
		for (const slot of await Promise.all(turns(5).map(async (turn) => await lane.acquire(turn)))) slot?.release();
		for (let i = 0; i < 5; i++) lane.accepted();
		lane.penalize(1000);
		// Refused at the configured 10/s, which is all this lane knows as sustained: one step down.
		expect(lane.learnedRate).toBe(8);
		// Pachca took 5 at once, and in the 1 s wait it refilled at least that: 4 back to back (one
		// left in Pachca's bucket for jitter), then 8/s.
		expect(await timesOf(lane, clock, turns(6))).toEqual([1000, 1000, 1000, 1000, 1125, 1250]);
	});

	it('after 429s that came with requests spread out, no burst: one request per 1/rate', async () => {
		const clock = virtualClock();
		const lane = new Lane(clock).configure([{ perSecond: 10, burst: 5 }], false);
		for (let i = 0; i < 4; i++) {
			lane.accepted();
			clock.t += 250;
		}
		lane.penalize(1000);
		expect(lane.learnedRate).toBe(8);
		const start = clock.t + 1000;
		expect(await timesOf(lane, clock, turns(3))).toEqual([start, start + 125, start + 250]);
	});

	it("under the fake's strict model (4/s, no burst) settles at 4/s after one 429 per chat, and stays near it", async () => {
		const clock = virtualClock();
		const lane = new Lane(clock).configure(pacerBuckets('messageWrite', PACHCA_RATES, true), true);
		const pachca = new RateLimits({ model: 'strict', now: clock.now });
		const { refused, sentAt } = await sendThrough(lane, pachca, 100);
		expect(refused).toBeGreaterThanOrEqual(1);
		expect(refused).toBeLessThanOrEqual(4);
		// The floor for 100 sends at 4/s from a bucket of 4 is 24 s: after the Retry-After wait the
		// lane sends 3 of the 4 Pachca refilled meanwhile back to back; only the one kept costs time.
		expect(sentAt).toBeLessThanOrEqual(24_000 + 250);
		expect(lane.learnedRate).toBeGreaterThanOrEqual(4);
	});

	it('never settles below the documented sustained rate while Pachca accepts it', async () => {
		const clock = virtualClock();
		const lane = new Lane(clock).configure(pacerBuckets('messageWrite', PACHCA_RATES, true), true);
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
		const lane = new Lane(clock).configure(pacerBuckets('messageWrite', PACHCA_RATES, true), true);
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
