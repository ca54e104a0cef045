import type {
	DeclarativeRestApiSettings,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	PreSendAction,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { OperationPlan } from './operations';
import { buildRequest } from './operations';
import { awaitReadTurn } from './readFields';
import type { RunContext } from './runState';
import { oncePerRun } from './runState';
import { sendItem, settleItem } from './sendItem';

/**
 * The one adaptation to n8n's RoutingNode, for the operations that stay declarative. RoutingNode
 * prepares every item before any request leaves (its item loop never yields), evaluates every
 * parameter of every property once per item (twice with its allowed-domains pass), starts every
 * item's steps at once, and turns a failed preSend into `{ json: {} }`. So each declarative
 * operation gets:
 * - no routing on its fields, only on the Operation option (describeOperations took the fields'
 *   sends off): each field is read once, by buildRequest;
 * - one preSend, `prepareStep`: the item waits for its turn to read (awaitReadTurn, so reading
 *   overlaps the first requests), then buildRequest; under On Error: Continue a failure is kept
 *   for the send hook instead of being lost;
 * - its own send hook as `routing.operations.pagination`, bound to its plan (n8n calls it with the
 *   request built, for every item): sendItem, settled by settleItem.
 */
export function routeDeclarative(
	properties: INodeProperties[],
	plans: OperationPlan[],
	isCustom: (plan: OperationPlan) => boolean,
): INodeProperties[] {
	return properties.map((property) => {
		if (property.name !== 'operation') return property;
		const options = (property.options as INodePropertyOptions[]).map((option) => {
			const plan = plans.find(
				(candidate) =>
					candidate.operation === String(option.value) &&
					property.displayOptions?.show?.resource?.includes(candidate.resource),
			);
			if (!plan || isCustom(plan)) return option;
			const routing = {
				request: { method: plan.spec.method, url: plan.spec.path },
				send: { paginate: true, preSend: [prepareStep(plan)] },
				operations: { pagination: sendHook(plan) },
			};
			return { ...option, routing };
		});
		return { ...property, options };
	});
}

type Failure = NodeApiError | NodeOperationError;
const failures = (ctx: RunContext) => oncePerRun(ctx, 'failedBeforeSending', () => new Map<number, Failure>());

/** The operation's preSend: its turn to read, then stages 1 and 2; a failure is kept for the hook under Continue. */
function prepareStep(plan: OperationPlan): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		try {
			await awaitReadTurn(this);
			return await buildRequest(this, plan, options);
		} catch (caught) {
			const itemIndex = this.getItemIndex();
			const error =
				caught instanceof NodeApiError || caught instanceof NodeOperationError
					? caught
					: new NodeOperationError(this.getNode(), caught as Error, { itemIndex });
			if (!this.continueOnFail()) throw error;
			failures(this).set(itemIndex, error);
			return options;
		}
	};
}

/** The operation's send hook: the failure prepareStep kept (once: Retry On Fail starts afresh), else sendItem. */
function sendHook(plan: OperationPlan) {
	return async function (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const itemIndex = this.getItemIndex();
		return await settleItem(this, itemIndex, async () => {
			const kept = failures(this).get(itemIndex);
			failures(this).delete(itemIndex);
			if (kept) throw kept;
			return await sendItem(this, plan, requestData.options as IHttpRequestOptions);
		});
	};
}
