import type { IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { RunContext } from '../../shared/transport/runState';
import { oncePerRun } from '../../shared/transport/perRun';

/**
 * Under On Error: Continue an item that fails before its request (bad input in a field) must come
 * out like one that failed after it: `{ json: { error, … }, error }` (sendOperation.ts#failedItem).
 * n8n's RoutingNode would turn a failed preSend step into `{ json: {} }`, so the step's error is
 * kept for the item instead, its later steps are skipped, and the send hook, which n8n calls next,
 * reports it the same way as a failed request. Without Continue the error is thrown at once.
 */
const failures = (ctx: RunContext) =>
	oncePerRun(ctx, 'failedBeforeSending', () => new Map<number, NodeApiError | NodeOperationError>());

export function keepingFailure(step: PreSendAction): PreSendAction {
	const kept = async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const failed = failures(this);
		const itemIndex = this.getItemIndex();
		if (failed.has(itemIndex)) return options;
		try {
			return await step.call(this, options);
		} catch (caught) {
			const error =
				caught instanceof NodeApiError || caught instanceof NodeOperationError
					? caught
					: new NodeOperationError(this.getNode(), caught as Error, { itemIndex });
			if (!this.continueOnFail()) throw error;
			failed.set(itemIndex, error);
			return options;
		}
	};
	// Keeps the place the step writes to (placeField.ts `placing`), which the catalogue tests read.
	return Object.assign(kept, { target: (step as { target?: string }).target });
}

/** Throws the error an earlier step kept for this item, if any (once: n8n's Retry On Fail starts afresh). */
export function throwFailureBeforeSending(ctx: RunContext, itemIndex: number): void {
	const failed = failures(ctx);
	const error = failed.get(itemIndex);
	failed.delete(itemIndex);
	if (error) throw error;
}
