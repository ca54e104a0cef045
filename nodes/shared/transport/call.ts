import { NodeOperationError, sleep } from 'n8n-workflow';

import type { OperationSpec } from '../api/catalogue';
import type { TokenRole } from '../api/tokens';
import type { Lane, Slot, Turn } from '../pacing/lane';
import type { CallContext } from './callPlan';
import { toNodeApiError } from './errors';
import type { PachcaFailure } from './failures';
import { readFailure } from './failures';
import { leadOf } from './fieldWords';
import { decideRetry } from './retry';
import { cancelled, itemLabel, runOf, stopLaterItems, stoppedBy } from './runState';

/**
 * Sends one call: waits for its turn in the lane, then applies Pachca's retry rules (retry.ts),
 * each retry queued ahead of the requests not yet sent, and turns a final failure into the
 * shaped error (errors.ts). Without Continue On Fail a failure also stops the run's later items.
 * `send` performs the HTTP request through n8n and resolves to the body.
 */
export async function callWithRetry(
	ctx: CallContext,
	spec: OperationSpec,
	role: TokenRole | undefined,
	send: () => Promise<unknown>,
	itemIndex?: number,
	lane?: Lane,
): Promise<unknown> {
	const turn: Turn = {
		run: runOf(ctx),
		item: itemIndex,
		skip: () => cancelled(ctx) || stoppedBy(ctx, itemIndex) !== undefined,
	};
	let slot = await enter(ctx, lane, turn, itemIndex);
	let seen429 = 0;
	for (let attempt = 1; ; attempt++) {
		let failure: PachcaFailure;
		try {
			const body = await send();
			lane?.accepted();
			slot.release();
			return body;
		} catch (error) {
			failure = readFailure(error);
		}
		const decision = decideRetry(failure, spec.method, attempt, seen429);
		if (!decision.retry) {
			stopLaterItems(ctx, itemIndex);
			slot.release();
			const { mayHaveApplied, rateLimit } = decision;
			throw toNodeApiError(ctx.getNode(), failure, {
				spec,
				role,
				itemIndex,
				mayHaveApplied,
				rateLimit,
				item: itemLabel(ctx, itemIndex),
				lead: leadOf(ctx, failure, role, itemIndex),
			});
		}
		if (decision.rateLimited) {
			seen429++;
			lane?.penalize(decision.waitMs);
		}
		// Queued before the slot is released, so no later request slips in ahead of the retry.
		const next = enter(ctx, lane, { ...turn, retry: true, notBefore: Date.now() + decision.waitMs }, itemIndex);
		slot.release();
		slot = await next;
	}
}

const FREE: Slot = { release: () => undefined };

async function enter(ctx: CallContext, lane: Lane | undefined, turn: Turn, itemIndex?: number): Promise<Slot> {
	let slot: Slot | undefined = FREE;
	if (lane) {
		slot = await lane.acquire(turn);
	} else {
		const waitMs = (turn.notBefore ?? 0) - Date.now();
		if (waitMs > 0) await sleep(waitMs);
		if (turn.skip?.()) slot = undefined;
	}
	if (slot) return slot;
	const failed = stoppedBy(ctx, itemIndex);
	const why =
		failed === undefined
			? 'the execution was cancelled'
			: `item ${failed} failed first, and without "On Error: Continue" the node stops at the first failure`;
	throw new NodeOperationError(ctx.getNode(), `Not sent: ${why}.`, { itemIndex });
}
