import { createHash } from 'crypto';

import type { RateClass } from '../../api/catalogue';
import type { Clock } from './lane';
import { Lane, realClock } from './lane';
import type { Bucket } from './rateLimits';
import type { TokenRole } from '../../api/tokens';

/**
 * The lanes of this process, least recently used first. Module-level on purpose, and safe in
 * queue mode: it holds nothing but timing, this process's estimate of Pachca's buckets for the
 * tokens it uses. No other process needs to see it: a worker starts with full buckets, and if
 * several workers together go over a limit, Pachca's 429 + Retry-After (callWithRetry) slows each of
 * them down. Bounded: at most MAX_LANES, and a lane idle for IDLE_MS starts afresh (which also
 * forgets the rate it learned from 429s).
 */
const lanes = new Map<string, Lane>();
const MAX_LANES = 1000;
const IDLE_MS = 120_000;

/** Role and a short hash of the token: which of Pachca's counters a request goes to. The token itself is never kept. */
export function tokenFingerprint(role: TokenRole, token: string): string {
	return `${role}:${createHash('sha256').update(token).digest('hex').slice(0, 16)}`;
}

export function laneKey(fingerprint: string, rate: RateClass | undefined, chat?: string): string {
	return chat ? `${fingerprint}:${rate ?? 'default'}:${chat}` : `${fingerprint}:${rate ?? 'default'}`;
}

export function laneFor(key: string, buckets: Bucket[], serial: boolean, clock: Clock = realClock): Lane {
	const now = clock.now();
	let lane = lanes.get(key);
	if (lane && lane.idle && now - lane.lastUsed > IDLE_MS) lane = undefined;
	lanes.delete(key);
	lanes.set(key, lane ?? new Lane(clock));
	if (lanes.size > MAX_LANES) evictIdle();
	return (lanes.get(key) as Lane).configure(buckets, serial);
}

/** Drops the least recently used idle lanes; a lane with requests waiting is never dropped. */
function evictIdle(): void {
	for (const [key, lane] of lanes) {
		if (lanes.size <= MAX_LANES) return;
		if (lane.idle) lanes.delete(key);
	}
}
