import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { callWithRetry } from '../../shared/transport/call';
import { CREDENTIAL_NAME, planCall, runCredential } from '../../shared/transport/callPlan';
import { getOperation } from '../../shared/api/catalogue';
import { PACHCA_BASE_URL } from '../../shared/api/credentialCheck';
import { INCOMING_WEBHOOK_KEY, sendIncomingWebhook } from './incomingWebhook';
import { simplified } from './output';
import { collectPages } from './pagination';
import { readNodeSettings } from './nodeSettings';
import { jsonBodyOf } from '../../shared/transport/oddAnswers';
import { markDone, stopLaterItems } from '../../shared/transport/runState';
import { toItems } from '../../shared/api/responses';
import { requestTimeout } from '../../shared/transport/timeout';
import { specialCase } from './specialCases';
import { operationKey } from './operationKey';
import { throwFailureBeforeSending } from './failedBeforeSending';
import { TOKEN_ROLE_HEADER } from '../../shared/api/tokens';

export { PACHCA_BASE_URL };

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
		stopLaterItems(this, itemIndex);
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
	throwFailureBeforeSending(ctx, itemIndex);
	const headers = { ...(requestData.options.headers ?? {}) } as IDataObject;
	const key = operationKey(String(ctx.getNodeParameter('resource', '')), String(ctx.getNodeParameter('operation', '')));
	if (key === INCOMING_WEBHOOK_KEY) {
		const { pace } = readNodeSettings(ctx, itemIndex).rates;
		return await sendIncomingWebhook(ctx, requestData.options.body, itemIndex, pace, requestTimeout(ctx));
	}
	const spec = getOperation(key);
	if (!spec) throw new NodeOperationError(ctx.getNode(), `Unknown Pachca operation "${key}"`, { itemIndex });
	if (/\{\w+\}/.test(requestData.options.url ?? '')) {
		throw new NodeOperationError(ctx.getNode(), `An ID needed for ${spec.path} is missing.`, { itemIndex });
	}

	const { forced, rates } = readNodeSettings(ctx, itemIndex);
	const { role, lane, baseUrl } = await planCall(ctx, spec, {
		forced,
		itemIndex,
		body: requestData.options.body,
		rates,
	});
	if (role) headers[TOKEN_ROLE_HEADER] = role;
	// The credential's Base URL, set here rather than as a requestDefaults expression, which n8n
	// would evaluate for every item, twice (Pachca.node.ts).
	const options = {
		...requestData.options,
		headers,
		baseURL: baseUrl ?? requestData.options.baseURL,
		timeout: requestTimeout(ctx),
	};

	// The request RoutingNode built, sent with n8n's own helper and the credential this run already
	// read: n8n's makeRoutingRequest would read it from the database again for every request.
	const credentialsDecrypted = await runCredential(ctx, itemIndex);
	// The full response, so that a body that is not JSON (cut short, a proxy's page) is an error (oddAnswers.ts).
	const send = async (qs?: IDataObject) => {
		const request = { ...options, ...(qs ? { qs } : {}), returnFullResponse: true } as IHttpRequestOptions;
		return jsonBodyOf(
			await ctx.helpers.httpRequestWithAuthentication.call(ctx, CREDENTIAL_NAME, request, { credentialsDecrypted }),
		);
	};
	const call = async (qs?: IDataObject) =>
		await callWithRetry(ctx, spec, role, async () => await send(qs), itemIndex, lane);
	// Simplify, empty answers, uploads and downloads: one table (nodes/Pachca/transport/specialCases.ts).
	const { simplify, emptyAnswer, multiStep } = specialCase(key);
	if (multiStep)
		return await multiStep(ctx, {
			options,
			itemIndex,
			call,
			retrying: async (request) => await callWithRetry(ctx, spec, role, request, itemIndex, lane),
		});
	if (spec.paged) {
		return simplified(
			ctx,
			simplify,
			await collectPages(ctx, spec, (options.qs ?? {}) as IDataObject, call, spec.scalarKey),
		);
	}
	return simplified(ctx, simplify, toItems((await call()) ?? emptyAnswer?.(), spec.scalarKey));
}

/** n8n's shape for a failed item: `{ json: { error } }` that later nodes can test, plus the error itself. */
function failedItem(error: NodeApiError | NodeOperationError, itemIndex: number): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
	return { json, error, pairedItem: { item: itemIndex } };
}
