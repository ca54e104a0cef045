import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { callWithRetry, roleFor } from './call';
import { getOperation } from './catalogue';
import { collectPages } from './pagination';
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
	const headers = { ...(requestData.options.headers ?? {}) } as IDataObject;
	const key = String(headers[OPERATION_HEADER]);
	delete headers[OPERATION_HEADER];
	const spec = getOperation(key);
	if (!spec) throw new NodeOperationError(this.getNode(), `Unknown Pachca operation "${key}"`, { itemIndex });
	if (/\{\w+\}/.test(requestData.options.url ?? '')) {
		throw new NodeOperationError(this.getNode(), `An ID needed for ${spec.path} is missing.`, { itemIndex });
	}

	const forced = this.getNodeParameter('authenticateAs', 'auto') as AuthenticateAs;
	const role = spec.tokens.length ? await roleFor(this, spec, forced, itemIndex) : undefined;
	if (role) headers[TOKEN_ROLE_HEADER] = role;
	const options = { ...requestData.options, headers };

	const send = async (qs?: IDataObject) => {
		const items = await this.makeRoutingRequest({ ...requestData, options: qs ? { ...options, qs } : options });
		return items[0]?.json;
	};
	const call = async (qs?: IDataObject) => await callWithRetry(this, spec, role, async () => await send(qs), itemIndex);
	if (spec.paged) {
		return await collectPages(this, spec, (options.qs ?? {}) as IDataObject, call, spec.scalarKey);
	}
	return toItems(await call(), spec.scalarKey);
}
