import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { oncePerRun } from '../../shared/transport/perRun';

/** How long items may be read back to back before the event loop gets a turn (requests, answers, timers). */
const SLICE_MS = 5;

interface ReadTurns {
	last: Promise<void>;
	/** Items waiting for their turn; none means the event loop has been free since the last read. */
	waiting: number;
	sliceStart: number;
}

/**
 * The first step of every operation: wait for this item's turn to read its fields. n8n's
 * RoutingNode starts every item's steps at once, and each field read evaluates the user's
 * expression, so reading all items before the first request would hold every request back.
 * Items are read in item order, a few milliseconds' worth at a time, and between slices the
 * requests of the items already read go out: reading overlaps the wait for the rate limit.
 * An item that arrives with nobody waiting (Batching, one item at a time) starts a new slice.
 */
export async function awaitReadTurn(
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const turns = oncePerRun<ReadTurns>(this, 'readTurns', () => ({
		last: Promise.resolve(),
		waiting: 0,
		sliceStart: Date.now(),
	}));
	if (turns.waiting++ === 0) turns.sliceStart = Date.now();
	const mine = turns.last.then(async () => {
		if (Date.now() - turns.sliceStart >= SLICE_MS) {
			await sleep(0);
			turns.sliceStart = Date.now();
		}
		turns.waiting--;
	});
	turns.last = mine;
	await mine;
	return options;
}
