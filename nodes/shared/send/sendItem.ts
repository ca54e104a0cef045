import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { toItems } from '../api/responses';
import type { OperationPlan, Shape } from './operations';
import { collectPages } from './pagination';
import { readNodeSettings, requestTimeout } from './planCall';
import type { RunContext } from './runState';
import { markDone, stopLaterItems } from './runState';
import type { PachcaCall } from './sendCall';
import { sendPachcaCall } from './sendCall';
import { failedItem } from './shapeError';

/*
 * One item of an operation, once its request is built: its call(s) and its output items (the
 * last stage), the same for a declarative and a custom operation.
 */

/** Applies the Simplify toggle of an operation whose simplified output is `shape`. */
function simplified(ctx: IExecuteSingleFunctions, shape: Shape | undefined, items: INodeExecutionData[]) {
	if (!shape || ctx.getNodeParameter('simplify', true) !== true) return items;
	return items.map((item) => ({ ...item, json: shape(item.json) }));
}

/** Sends one item's request: token and lane per call, then its output items. */
export async function sendItem(
	ctx: IExecuteSingleFunctions,
	plan: OperationPlan,
	options: IHttpRequestOptions,
): Promise<INodeExecutionData[]> {
	const itemIndex = ctx.getItemIndex();
	const { spec, special } = plan;
	if (/\{\w+\}/.test(options.url ?? '')) {
		throw new NodeOperationError(ctx.getNode(), `An ID needed for ${spec.path} is missing.`, { itemIndex });
	}
	const { forced, rates } = readNodeSettings(ctx, itemIndex);
	const timeout = requestTimeout(ctx);
	const call = async (extra: PachcaCall = {}) =>
		await sendPachcaCall(ctx, spec, {
			request: options,
			itemIndex,
			as: forced,
			rates,
			timeout,
			fields: plan.fields,
			...extra,
		});
	if (special.multiStep) return await special.multiStep(ctx, { options, itemIndex, call, rates, timeout });
	if (spec.paged) {
		const qs = (options.qs ?? {}) as IDataObject;
		const pages = await collectPages(ctx, spec, qs, async (page) => await call({ qs: page }), spec.scalarKey);
		return simplified(ctx, special.simplify, pages);
	}
	return simplified(ctx, special.simplify, toItems((await call()) ?? special.emptyAnswer?.(), spec.scalarKey));
}

interface ItemContext extends RunContext {
	getNode: IExecuteSingleFunctions['getNode'];
	continueOnFail(): boolean;
}

/**
 * Runs one item's work and settles it: under On Error: Continue a failure becomes the item's
 * `{ json: { error } }`; without it the failure stops the later items and is thrown.
 */
export async function settleItem(
	ctx: ItemContext,
	itemIndex: number,
	work: () => Promise<INodeExecutionData[]>,
): Promise<INodeExecutionData[]> {
	try {
		return await work();
	} catch (caught) {
		stopLaterItems(ctx, itemIndex);
		const error =
			caught instanceof NodeApiError || caught instanceof NodeOperationError
				? caught
				: new NodeOperationError(ctx.getNode(), caught as Error, { itemIndex });
		if (ctx.continueOnFail()) return [failedItem(error, itemIndex)];
		throw error;
	} finally {
		markDone(ctx, itemIndex);
	}
}
