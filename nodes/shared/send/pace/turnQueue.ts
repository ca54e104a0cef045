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

export interface Waiter extends Turn {
	resolve(slot: Slot | undefined): void;
}

/** Puts a waiter in its place: at the end, unless it is a retry or an earlier item of the same run. */
export function enqueue(queue: Waiter[], waiter: Waiter): void {
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
