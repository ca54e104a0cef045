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
