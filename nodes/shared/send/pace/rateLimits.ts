import type { IDataObject } from 'n8n-workflow';

import type { OperationSpec, RateClass } from '../../api/catalogue';
import { InputError } from '../../api/validation';

/** One token bucket: refills at `perSecond`, holds at most `burst` requests. */
export interface Bucket {
	perSecond: number;
	burst: number;
}

/** The pace the node keeps; the node's "Rate Limits" option overrides any of these. */
export interface RateSettings {
	pace: boolean;
	/** Sends, edits and deletes of messages, per chat, sustained. */
	messageWritesPerSecond: number;
	/** Short bursts of message writes per chat, kept up for at most BURST_SECONDS. */
	messageBurstPerSecond: number;
	messageReadsPerSecond: number;
	eventReadsPerSecond: number;
	otherPerSecond: number;
}

/** Pachca's documented limits per token (guides/api-limits): ~4/s per chat with bursts to 30/s for 5 s, 10/s, 5 per 2 s, 50/s. */
export const PACHCA_RATES: RateSettings = {
	pace: true,
	messageWritesPerSecond: 4,
	messageBurstPerSecond: 30,
	messageReadsPerSecond: 10,
	eventReadsPerSecond: 2.5,
	otherPerSecond: 50,
};

export const BURST_SECONDS = 5;

/**
 * Share of each bucket the pacer uses. Pachca counts a request when it arrives, the pacer when
 * it leaves, and network jitter can bunch arrivals: keeping Pachca's bucket a few requests above
 * empty absorbs that, at the cost of a few requests of burst. A serial lane (message sends to
 * one chat) sends each request only after the answer to the one before, so its arrivals cannot
 * bunch by more than one refill: one request of headroom is enough there.
 */
const HEADROOM = 0.9;

/**
 * Every "N per W seconds" limit is a bucket of N refilled at N/W per second. Message writes have
 * two: the peak (burst rate) and the sustained rate whose bucket holds what a full-speed burst
 * adds on top of it, so a full bucket allows peak speed for BURST_SECONDS.
 */
export function documentedBuckets(rate: RateClass | undefined, s: RateSettings): Bucket[] {
	switch (rate) {
		case 'messageWrite': {
			const sustained = s.messageWritesPerSecond;
			const peak = Math.max(s.messageBurstPerSecond, sustained);
			const budget = Math.max(sustained, (peak - sustained) * BURST_SECONDS);
			return [
				{ perSecond: peak, burst: peak },
				{ perSecond: sustained, burst: budget },
			];
		}
		case 'messageRead':
			return [{ perSecond: s.messageReadsPerSecond, burst: s.messageReadsPerSecond }];
		case 'events':
			return [{ perSecond: s.eventReadsPerSecond, burst: s.eventReadsPerSecond * 2 }];
		default:
			return [{ perSecond: s.otherPerSecond, burst: s.otherPerSecond }];
	}
}

/** The buckets the pacer keeps: the documented ones less the headroom, at least one request each. */
export function pacerBuckets(rate: RateClass | undefined, s: RateSettings, serial = false): Bucket[] {
	return documentedBuckets(rate, s).map(({ perSecond, burst }) => ({
		perSecond,
		burst: Math.max(1, serial ? burst - 1 : Math.floor(burst * HEADROOM)),
	}));
}

/**
 * Which chat a message write counts against. Pachca counts message writes per chat; only a send
 * names its chat in the body, so edits and deletes (by message ID) share one bucket per token,
 * which paces them as if they all went to one chat: slower than needed, never over.
 */
export function chatOf(spec: OperationSpec, body: unknown): string | undefined {
	if (spec.rate !== 'messageWrite' || spec.method !== 'POST') return undefined;
	const message = (body as { message?: IDataObject } | undefined)?.message;
	if (!message || message.entity_id === undefined) return undefined;
	return `${String(message.entity_type ?? 'discussion')}:${String(message.entity_id)}`;
}

const LABELS: Record<Exclude<keyof RateSettings, 'pace'>, string> = {
	eventReadsPerSecond: 'Event History Reads per Second',
	messageBurstPerSecond: 'Message Burst per Second per Chat',
	messageReadsPerSecond: 'Message Reads per Second',
	messageWritesPerSecond: 'Message Writes per Second per Chat',
	otherPerSecond: 'Other Requests per Second',
};

/** The node's "Rate Limits" option merged over Pachca's defaults; a rate that is not a positive number is refused. */
export function readRateSettings(option: unknown): RateSettings {
	const given = (typeof option === 'object' && option !== null ? option : {}) as IDataObject;
	const settings: RateSettings = { ...PACHCA_RATES, pace: given.pace !== false };
	for (const key of Object.keys(LABELS) as Array<keyof typeof LABELS>) {
		if (given[key] === undefined || given[key] === '') continue;
		const value = Number(given[key]);
		if (!Number.isFinite(value) || value <= 0 || value > 1000) {
			throw new InputError(
				`${LABELS[key]} (in Token and Rate Limits › Rate Limits) must be a number above 0 and at most 1000; ` +
					`got "${String(given[key])}". Pachca's default is ${PACHCA_RATES[key]}.`,
			);
		}
		settings[key] = value;
	}
	return settings;
}

/**
 * What a lane learns from Pachca's 429s: a rate it keeps under, and how many requests Pachca takes
 * back to back, on top of its configured buckets. Pachca's limits are "flexible" and tighten under
 * load, so the documented buckets are a starting point, not a promise.
 *
 * - A 429 sets the ceiling to the rate Pachca accepted over the last second, below the rate that
 *   was just refused, but not under the documented sustained rate: below it only if 429s come
 *   back while the lane already keeps to it (down to MIN_SHARE of it).
 * - The burst is what Pachca took at once before refusing: the requests it accepted in the last
 *   second less what the learned rate accounts for over the time they took (at least 1). After the
 *   Retry-After wait Pachca has had that long to refill, so up to that many, less one, go back to back.
 * - Every CALM_MS without a 429 the ceiling goes up one STEP_UP; past the fastest configured
 *   rate it is dropped, and the buckets alone pace the lane again.
 */
export const WINDOW_MS = 1000;
export const CALM_MS = 5000;
export const STEP_UP = 1.1;
export const STEP_DOWN = 0.8;
export const MIN_SHARE = 0.25;

export class Ceiling {
	/** Requests per second; undefined while no 429 has been seen (or the lane has recovered). */
	rate?: number;
	/** Requests Pachca takes back to back at the learned rate (its bucket, as far as seen). */
	burst = 1;
	private acceptedAt: number[] = [];
	private calmSince = 0;

	/** @param sustained the documented sustained rate @param fastest the fastest configured rate */
	constructor(
		private sustained: number,
		private fastest: number,
	) {}

	setLimits(sustained: number, fastest: number): void {
		this.sustained = sustained;
		this.fastest = fastest;
	}

	/** Pachca took a request: counts it, and after a calm spell lets the ceiling up a step. */
	accepted(now: number): void {
		this.acceptedAt.push(now);
		this.trim(now);
		if (this.rate === undefined || now - this.calmSince < CALM_MS) return;
		this.calmSince = now;
		this.rate *= STEP_UP;
		if (this.rate >= this.fastest) this.rate = undefined;
	}

	/** Pachca answered 429. */
	limited(now: number): void {
		this.trim(now);
		const current = this.rate ?? this.fastest;
		const seen = (this.acceptedAt.length * 1000) / WINDOW_MS;
		const atSustained = current <= this.sustained * 1.0001;
		const lowest = atSustained ? Math.max(this.sustained * MIN_SHARE, current * STEP_DOWN) : this.sustained;
		this.rate = Math.max(lowest, Math.min(seen, current * STEP_DOWN));
		const took = this.acceptedAt.length;
		const span = took > 1 ? (this.acceptedAt[took - 1] - this.acceptedAt[0]) / 1000 : 0;
		this.burst = Math.max(1, Math.round(took - this.rate * span));
		this.calmSince = now;
	}

	/**
	 * How many requests may go back to back once a wait of `waitMs` is over: what Pachca refilled
	 * meanwhile, less one left in its bucket. The lane then keeps to Pachca's own rate, so that one
	 * absorbs the jitter between when a request leaves and when Pachca counts it.
	 */
	afterWait(waitMs: number): number {
		const refilled = Math.floor(((this.rate ?? this.fastest) * waitMs) / 1000);
		return Math.max(1, Math.min(this.burst, refilled) - 1);
	}

	private trim(now: number): void {
		while (this.acceptedAt.length > 0 && now - this.acceptedAt[0] > WINDOW_MS) this.acceptedAt.shift();
	}
}
