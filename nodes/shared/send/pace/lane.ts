import { createHash } from 'crypto';
import { sleep } from 'n8n-workflow';

import type { RateClass } from '../../api/catalogue';
import type { TokenRole } from '../../api/tokens';

import type { Bucket } from './rateLimits';
import { Ceiling } from './rateLimits';

export interface Clock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

export const realClock: Clock = { now: () => Date.now(), sleep: async (ms) => await sleep(ms) };

/**
 * A request asking for its turn. `run` + `item` keep one node run's items in item order even if
 * they reach the lane out of order; a `retry` goes before everything not yet sent, so a retried
 * request keeps its place; `notBefore` holds it back (a backoff); `skip` drops a waiter whose run
 * has stopped.
 */
export interface Turn {
	run?: object;
	item?: number;
	retry?: boolean;
	notBefore?: number;
	skip?: () => boolean;
}

/** Held while the request is in flight; a serial lane lets the next one go on release. */
export interface Slot {
	release(): void;
}

interface Waiter extends Turn {
	resolve(slot: Slot | undefined): void;
}

/** Puts a waiter in its place: at the end, unless it is a retry or an earlier item of the same run. */
function enqueue(queue: Waiter[], waiter: Waiter): void {
	const last = queue[queue.length - 1];
	const inOrder = !last || (!waiter.retry && (last.run !== waiter.run || (last.item ?? 0) <= (waiter.item ?? 0)));
	const at = inOrder ? -1 : queue.findIndex((queued) => goesBefore(waiter, queued));
	if (at < 0) queue.push(waiter);
	else queue.splice(at, 0, waiter);
}

/** Retries go first; within one run, a lower item index goes first. */
function goesBefore(waiter: Waiter, queued: Waiter): boolean {
	const earlierItem = queued.run === waiter.run && (queued.item ?? 0) > (waiter.item ?? 0);
	return waiter.retry ? !queued.retry || earlierItem : !queued.retry && earlierItem;
}

/**
 * One rate-limited stream of requests (one token, one rate class, for message sends one chat):
 * token buckets that all must hold a request, a FIFO queue, and for a `serial` lane at most one
 * request in flight, so messages to one chat arrive in the order they were given.
 */
export class Lane {
	private buckets: Bucket[] = [];
	private levels: number[] = [];
	private updatedAt: number;
	private blockedUntil = 0;
	/** The rate and burst learned from 429s (Ceiling), and what is left of that bucket. */
	private ceiling = new Ceiling(Infinity, Infinity);
	private ceilingLevel = 1;
	private queue: Waiter[] = [];
	private inFlight = false;
	private pumping = false;
	private serial = false;
	lastUsed: number;

	constructor(private readonly clock: Clock = realClock) {
		this.updatedAt = clock.now();
		this.lastUsed = this.updatedAt;
	}

	/** Takes the current settings; what is left in the buckets carries over. */
	configure(buckets: Bucket[], serial: boolean): this {
		if (buckets.length !== this.buckets.length) this.levels = buckets.map((b) => b.burst);
		this.buckets = buckets;
		this.serial = serial;
		const rates = buckets.map((b) => b.perSecond);
		this.ceiling.setLimits(Math.min(...rates), Math.max(...rates));
		return this;
	}

	get idle(): boolean {
		return this.queue.length === 0 && !this.inFlight;
	}

	/** Resolves with a slot once the turn may be sent, or with undefined if it was skipped. */
	async acquire(turn: Turn = {}): Promise<Slot | undefined> {
		return await new Promise<Slot | undefined>((resolve) => {
			enqueue(this.queue, { ...turn, resolve });
			void this.pump();
		});
	}

	/** The rate Pachca keeps to now, if a 429 taught the lane one (requests per second). */
	get learnedRate(): number | undefined {
		return this.ceiling.rate;
	}

	/** Pachca took a request of this lane. */
	accepted(): void {
		this.ceiling.accepted(this.clock.now());
	}

	/** Pachca answered 429: nothing more until `waitMs` has passed, then at the rate it accepts (Ceiling). */
	penalize(waitMs: number): void {
		const now = this.clock.now();
		this.ceiling.limited(now);
		this.blockedUntil = Math.max(this.blockedUntil, now + waitMs);
		// At the end of the wait: what Pachca refilled meanwhile, as far as its burst goes (the retry first).
		const start = this.ceiling.afterWait(this.blockedUntil - now);
		this.levels = this.buckets.map((bucket) => Math.min(bucket.burst, start));
		this.ceilingLevel = start;
		this.updatedAt = this.blockedUntil;
	}

	private refill(now: number): void {
		const elapsed = Math.max(0, now - this.updatedAt) / 1000;
		this.levels = this.levels.map((level, i) => {
			const { perSecond, burst } = this.buckets[i];
			return Math.min(burst, level + elapsed * perSecond);
		});
		const rate = this.ceiling.rate;
		this.ceilingLevel = rate === undefined ? 1 : Math.min(this.ceiling.burst, this.ceilingLevel + elapsed * rate);
		this.updatedAt = Math.max(this.updatedAt, now);
	}

	private waitMs(head: Waiter, now: number): number {
		let wait = Math.max(this.blockedUntil, head.notBefore ?? 0) - now;
		this.levels.forEach((level, i) => {
			if (level < 1) wait = Math.max(wait, ((1 - level) / this.buckets[i].perSecond) * 1000);
		});
		const rate = this.ceiling.rate;
		if (rate !== undefined && this.ceilingLevel < 1) wait = Math.max(wait, ((1 - this.ceilingLevel) / rate) * 1000);
		return wait;
	}

	private async pump(): Promise<void> {
		if (this.pumping) return;
		this.pumping = true;
		try {
			while (this.queue.length > 0 && !this.inFlight) {
				const head = this.queue[0];
				if (head.skip?.()) {
					this.queue.shift();
					head.resolve(undefined);
					continue;
				}
				const now = this.clock.now();
				this.refill(now);
				const wait = this.waitMs(head, now);
				if (wait > 0) {
					await this.clock.sleep(Math.ceil(wait));
					continue;
				}
				this.levels = this.levels.map((level) => level - 1);
				this.ceilingLevel -= 1;
				this.queue.shift();
				this.lastUsed = now;
				if (this.serial) this.inFlight = true;
				head.resolve({ release: this.releaser() });
			}
		} finally {
			this.pumping = false;
		}
	}

	private releaser(): () => void {
		let done = !this.serial;
		return () => {
			if (done) return;
			done = true;
			this.inFlight = false;
			this.lastUsed = this.clock.now();
			void this.pump();
		};
	}
}

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
