import type { IDataObject, IHttpRequestOptions, IN8nHttpFullResponse } from 'n8n-workflow';

import { callWithRetry } from './call';
import type { CallContext } from './callPlan';
import { CREDENTIAL_NAME, planCall } from './callPlan';
import type { OperationKey } from '../api/catalogue';
import { OPERATIONS, fillPath } from '../api/catalogue';
import { baseUrlOf } from '../api/credentialCheck';
import { jsonBodyOf } from './oddAnswers';
import { DEFAULT_TIMEOUT_MS } from './timeout';
import type { AuthenticateAs } from '../api/tokens';
import type { RateSettings } from '../pacing/rateLimits';
import { TOKEN_ROLE_HEADER } from '../api/tokens';

export interface RequestContext extends CallContext {
	helpers: {
		httpRequestWithAuthentication(type: string, options: IHttpRequestOptions): Promise<IN8nHttpFullResponse>;
	};
}

export interface CallInput {
	path?: Record<string, string | number>;
	qs?: IDataObject;
	body?: IDataObject;
	/** The node's "Authenticate As" (default Auto) and the item, for calls made on behalf of an operation. */
	as?: AuthenticateAs;
	itemIndex?: number;
	/** The node's Rate Limits (default: Pachca's documented limits). */
	rates?: RateSettings;
}

/**
 * One Pachca call from code that is not declarative routing (list search, trigger hooks):
 * the same catalogue, token choice, retries and error shaping as the node's operations.
 */
export async function pachcaRequest(ctx: RequestContext, key: OperationKey, input: CallInput = {}): Promise<unknown> {
	const spec = OPERATIONS[key];
	const { role, lane } = await planCall(ctx, spec, {
		forced: input.as,
		itemIndex: input.itemIndex,
		body: input.body,
		rates: input.rates,
	});
	const credentials = await ctx.getCredentials(CREDENTIAL_NAME);
	const options: IHttpRequestOptions = {
		method: spec.method,
		url: `${baseUrlOf(credentials)}${fillPath(spec.path, input.path ?? {})}`,
		qs: input.qs,
		body: input.body,
		json: true,
		returnFullResponse: true,
		timeout: DEFAULT_TIMEOUT_MS,
		headers: { Accept: 'application/json', [TOKEN_ROLE_HEADER]: role },
	};
	const send = async () =>
		jsonBodyOf(await ctx.helpers.httpRequestWithAuthentication.call(ctx, CREDENTIAL_NAME, options));
	return await callWithRetry(ctx, spec, role, send, input.itemIndex, lane);
}
