import { sleep } from 'n8n-workflow';

import type { RateLimits } from '../fake-pachca/limits';
import type { Clock, Lane, Slot, Turn } from '../../nodes/shared/send/pace/lane';

/**
 * A clock that only moves when the lane sleeps: the pacer's arithmetic, without waiting. Time
 * moves on in a later turn of the event loop, once whoever was let through has noted the time.
 */
export function virtualClock(): Clock & { t: number } {
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
export async function timesOf(lane: Lane, clock: { now(): number }, turns: Turn[]): Promise<number[]> {
	return await Promise.all(turns.map(async (turn) => (await lane.acquire(turn), clock.now())));
}

export const turns = (n: number, extra: Partial<Turn> = {}): Turn[] =>
	Array.from({ length: n }, (_, item) => ({ item, ...extra }));

/**
 * Sends `n` messages to one chat through the lane against the fake's limiter, as callWithRetry does:
 * a 429 holds the lane for Retry-After and the refused send goes again first.
 */
export async function sendThrough(
	lane: Lane,
	pachca: RateLimits,
	n: number,
): Promise<{ refused: number; sentAt: number }> {
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
