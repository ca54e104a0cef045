import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { inputFailureMessage } from '../../shared/transport/runState';
import { InputError } from '../../shared/api/validation';

/**
 * Runs `work` and shows an InputError (bad input, named field and fix) as the node's error for
 * this item. Other errors (Pachca's, already shaped) pass through unchanged.
 */
export async function withInputErrors<T>(
	ctx: { getNode(): INode; getItemIndex(): number },
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
		throw new NodeOperationError(ctx.getNode(), inputFailureMessage(ctx, failure), { itemIndex: ctx.getItemIndex() });
	}
	if (failure !== undefined) throw failure;
	return result as T;
}
