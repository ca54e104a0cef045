import type { INode } from 'n8n-workflow';

import type { RunContext } from '../../shared/transport/runState';
import { itemLabel, stopLaterItems } from '../../shared/transport/runState';
import { toInputNodeError } from '../../shared/transport/inputNodeError';
import { InputError } from '../../shared/api/validation';

/**
 * Runs `work` and shows an InputError (bad input, named field and fix) as the node's error for
 * this item; without Continue On Fail the later items are not sent. Other errors (Pachca's,
 * already shaped) pass through unchanged.
 */
export async function withInputErrors<T>(
	ctx: RunContext & { getNode(): INode; getItemIndex(): number },
	work: () => Promise<T>,
): Promise<T> {
	let failure: unknown;
	let result: T | undefined;
	await work().then(
		(value) => {
			result = value;
		},
		(error: unknown) => {
			failure = error;
		},
	);
	if (failure instanceof InputError) {
		const itemIndex = ctx.getItemIndex();
		stopLaterItems(ctx, itemIndex);
		throw toInputNodeError(ctx.getNode(), failure, { itemIndex, itemLabel: itemLabel(ctx, itemIndex) });
	}
	if (failure !== undefined) throw failure;
	return result as T;
}
