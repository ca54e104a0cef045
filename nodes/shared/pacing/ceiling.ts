/**
 * What a lane learns from Pachca's 429s: a rate it keeps under (one request per 1/rate, no burst)
 * on top of its configured buckets. Pachca's limits are "flexible" and tighten under load, so the
 * documented buckets are a starting point, not a promise.
 *
 * - A 429 sets the ceiling to the rate Pachca accepted over the last second, below the rate that
 *   was just refused, but not under the documented sustained rate: below it only if 429s come
 *   back while the lane already keeps to it (down to MIN_SHARE of it).
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
		this.calmSince = now;
	}

	private trim(now: number): void {
		while (this.acceptedAt.length > 0 && now - this.acceptedAt[0] > WINDOW_MS) this.acceptedAt.shift();
	}
}
