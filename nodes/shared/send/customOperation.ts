import type {
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeType,
} from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import type { OperationPlan } from './operations';
import { buildRequest } from './operations';
import { credentialsOf, readNodeSettings, requestTimeout } from './planCall';
import { awaitReadTurn } from './readFields';
import { cancelled, stoppedBy } from './runState';
import type { PachcaCall } from './sendCall';
import { sendItem, settleItem } from './sendItem';

/*
 * Operations the node runs itself (n8n's `customOperations`) rather than through RoutingNode: the
 * per-item message writes. RoutingNode prepares every item before the first request leaves; here
 * each item is read, checked and planned in turn, and its request joins its lane at once, so the
 * first messages go out while later items are still being read. Same plans, fields, pacing,
 * retries and errors as the declarative operations; the same Request Options (Batching, Timeout,
 * Proxy, Ignore SSL Issues).
 */

interface RequestOptions {
	batching?: { batch?: { batchSize?: number; batchInterval?: number } };
	proxy?: string;
	allowUnauthorizedCerts?: boolean;
}

/** What RoutingNode takes from Request Options for every request, besides Timeout (requestTimeout). */
function requestSettings(ctx: IExecuteFunctions): Partial<IHttpRequestOptions> {
	const { proxy, allowUnauthorizedCerts } = ctx.getNodeParameter('requestOptions', 0, {}) as RequestOptions;
	const settings: Partial<IHttpRequestOptions> = {};
	if (allowUnauthorizedCerts) settings.skipSslCertificateValidation = true;
	if (proxy) {
		let url: URL;
		try {
			url = new URL(proxy);
		} catch {
			throw new NodeOperationError(ctx.getNode(), 'The proxy is not valid', {
				description: 'Enter the proxy as a URL, for example http://proxy.example.com:8080.',
			});
		}
		settings.proxy = {
			host: url.hostname,
			port: Number(url.port),
			protocol: url.protocol.replace(/:$/, '') || undefined,
			...(url.username ? { auth: { username: url.username, password: url.password } } : {}),
		};
	}
	return settings;
}

/**
 * Item `itemIndex` of the run as n8n shows an item to a declarative operation's steps: the field
 * steps, sendItem and the uploads are written against that face (IExecuteSingleFunctions).
 */
export function itemOf(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	itemIndex: number,
): IExecuteSingleFunctions {
	const item = {
		getNode: () => ctx.getNode(),
		getNodeParameter: (name: string, fallback?: unknown, options?: object) =>
			ctx.getNodeParameter(name, itemIndex, fallback, options),
		getItemIndex: () => itemIndex,
		getInputData: () => items[itemIndex],
		evaluateExpression: (expression: string, index = itemIndex) => ctx.evaluateExpression(expression, index),
		continueOnFail: () => ctx.continueOnFail(),
		getExecuteData: () => ctx.getExecuteData(),
		getExecutionCancelSignal: () => ctx.getExecutionCancelSignal(),
		getCredentials: async (type: string) => await ctx.getCredentials(type, itemIndex),
		helpers: {
			httpRequest: async (options: IHttpRequestOptions) => await ctx.helpers.httpRequest(options),
			getBinaryDataBuffer: async (property: string) => await ctx.helpers.getBinaryDataBuffer(itemIndex, property),
			prepareBinaryData: ctx.helpers.prepareBinaryData.bind(ctx.helpers),
		},
	};
	return item as unknown as IExecuteSingleFunctions;
}

/**
 * What a custom operation passes to sendPachcaCall for item `itemIndex`: the item, and the node's
 * Authenticate As, Rate Limits and Request Options → Timeout as they are for that item. For example
 * `await sendPachcaCall(this, 'message.create', { ...itemCall(this, i), body })`.
 */
export function itemCall(ctx: IExecuteFunctions, itemIndex: number): PachcaCall {
	const item = itemOf(ctx, ctx.getInputData(), itemIndex);
	const { forced, rates } = readNodeSettings(item, itemIndex);
	return { itemIndex, as: forced, rates, timeout: requestTimeout(item) };
}

/** Runs `plan` over the input items, streaming: item by item, without waiting for earlier answers. */
async function runItems(ctx: IExecuteFunctions, plan: OperationPlan): Promise<INodeExecutionData[]> {
	const items = ctx.getInputData();
	const { batching } = ctx.getNodeParameter('requestOptions', 0, {}) as RequestOptions;
	const batchSize = Number(batching?.batch?.batchSize) > 0 ? Number(batching?.batch?.batchSize) : 1;
	const batchInterval = Number(batching?.batch?.batchInterval) || 0;
	const settings = requestSettings(ctx);
	// The credential first: read while no item waits for it, so the first request leaves as soon as
	// its item is read. A failure here is left to the items, which report it as usual.
	if (plan.spec.tokens.length > 0 && items.length > 0)
		await credentialsOf(itemOf(ctx, items, 0), 0).catch(() => undefined);
	const sent: Array<Promise<INodeExecutionData[]>> = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		if (itemIndex > 0 && batchInterval > 0 && itemIndex % batchSize === 0) await sleep(batchInterval);
		const item = itemOf(ctx, items, itemIndex);
		// After a failure without Continue On Fail, later items are not read at all.
		if (stoppedBy(item, itemIndex) !== undefined || cancelled(item)) break;
		await awaitReadTurn(item);
		const request: IHttpRequestOptions = { ...settings, method: plan.spec.method, url: plan.spec.path };
		const work = async () => await sendItem(item, plan, await buildRequest(item, plan, request));
		const settled = settleItem(item, itemIndex, work).then((out) =>
			out.map((entry) => ({ pairedItem: { item: itemIndex }, ...entry })),
		);
		// Collected below; noted now so that an early failure is not reported as unhandled meanwhile.
		settled.catch(() => undefined);
		sent.push(settled);
	}
	// As RoutingNode does: every item settles, then the first failure in item order is the node's error.
	const output: INodeExecutionData[] = [];
	for (const result of await Promise.allSettled(sent)) {
		if (result.status === 'rejected') throw result.reason;
		output.push(...result.value);
	}
	return output;
}

type CustomOperations = NonNullable<INodeType['customOperations']>;

/**
 * n8n's `customOperations` for the plans given (resource → operation → the run over all items),
 * with `more`: operations written by hand (Send and Wait…), which send through sendPachcaCall.
 */
export function customOperationsOf(plans: OperationPlan[], more: CustomOperations = {}): CustomOperations {
	const operations: CustomOperations = {};
	for (const [resource, own] of Object.entries(more)) operations[resource] = { ...own };
	for (const plan of plans) {
		operations[plan.resource] ??= {};
		operations[plan.resource][plan.operation] = async function (this: IExecuteFunctions) {
			return [await runItems(this, plan)];
		};
	}
	return operations;
}
