import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { callWithRetry, planCall } from './call';
import { getOperation } from './catalogue';
import { FLOWS } from './flows';
import { simplified, unsetAnswer } from './output';
import { collectPages } from './pagination';
import type { RateSettings } from './rateLimits';
import { readRateSettings } from './rateLimits';
import { AUTHENTICATE_AS_PATH, RATE_LIMITS_PATH } from './nodeOptionPaths';
import { markDone, markFailed } from './runState';
import { toItems } from './responses';
import type { AuthenticateAs } from './tokens';
import { TOKEN_ROLE_HEADER } from './tokens';

/** Internal header naming the catalogue entry; set by each operation's routing, removed here. */
export const OPERATION_HEADER = 'x-pachca-operation';

/**
 * How every operation of the Pachca node is sent. n8n's routing engine builds the request from
 * the node's description, then hands it here (it is the node's `requestOperations.pagination`
 * hook, which every operation switches on): token choice, retries, pagination, output items.
 */
export async function sendOperation(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const itemIndex = this.getItemIndex();
	try {
		return await sendItem(this, requestData, itemIndex);
	} catch (error) {
		markFailed(this, itemIndex);
		// With "On Error: Continue" the failed item carries the error and the other items go on.
		if (this.continueOnFail()) return [failedItem(error as NodeApiError, itemIndex)];
		throw error as NodeApiError;
	} finally {
		markDone(this, itemIndex);
	}
}

/** One item's request: checks, token and lane, then the call(s) and the output items. */
async function sendItem(
	ctx: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const headers = { ...(requestData.options.headers ?? {}) } as IDataObject;
	const key = String(headers[OPERATION_HEADER]);
	delete headers[OPERATION_HEADER];
	const spec = getOperation(key);
	if (!spec) throw new NodeOperationError(ctx.getNode(), `Unknown Pachca operation "${key}"`, { itemIndex });
	if (/\{\w+\}/.test(requestData.options.url ?? '')) {
		throw new NodeOperationError(ctx.getNode(), `An ID needed for ${spec.path} is missing.`, { itemIndex });
	}

	const forced = ctx.getNodeParameter(AUTHENTICATE_AS_PATH, 'auto') as AuthenticateAs;
	const rates = readRates(ctx, itemIndex);
	const { role, lane } = await planCall(ctx, spec, { forced, itemIndex, body: requestData.options.body, rates });
	if (role) headers[TOKEN_ROLE_HEADER] = role;
	const options = { ...requestData.options, headers };

	const send = async (qs?: IDataObject) => {
		const items = await ctx.makeRoutingRequest({ ...requestData, options: qs ? { ...options, qs } : options });
		return items[0]?.json;
	};
	const call = async (qs?: IDataObject) => await callWithRetry(ctx, spec, role, async () => await send(qs), itemIndex, lane);
	// Uploads and downloads are more than one JSON request (nodes/shared/flows.ts).
	const flow = FLOWS[key];
	if (flow) return await flow(ctx, { options, itemIndex, call, retrying: async (request) => await callWithRetry(ctx, spec, role, request, itemIndex, lane) });
	if (spec.paged) {
		return simplified(ctx, key, await collectPages(ctx, spec, (options.qs ?? {}) as IDataObject, call, spec.scalarKey));
	}
	return simplified(ctx, key, toItems((await call()) ?? unsetAnswer(key), spec.scalarKey));
}

/** The node's Rate Limits option over Pachca's defaults; a bad value stops the run before any request. */
function readRates(ctx: IExecutePaginationFunctions, itemIndex: number): RateSettings {
	try {
		return readRateSettings(ctx.getNodeParameter(RATE_LIMITS_PATH, {}));
	} catch (error) {
		throw new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
	}
}

/** n8n's shape for a failed item: `{ json: { error } }` that later nodes can test, plus the error itself. */
function failedItem(error: NodeApiError | NodeOperationError, itemIndex: number): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
	return { json, error, pairedItem: { item: itemIndex } };
}
