import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** Node types (any package prefix) whose items are Pachca events: this package's two triggers. */
const TRIGGER_TYPE = /\.pachca(Polling)?Trigger$/;

const isEvent = (json: IDataObject | undefined): json is IDataObject =>
	json !== undefined && typeof json.chat_id === 'number' && typeof json.type === 'string';

/**
 * The Pachca event behind input item `itemIndex`: the item of the Pachca trigger it descends
 * from, followed back through n8n's paired-item lineage (an AI Agent's `{ output }` item points
 * at the item that asked). The trigger is found by its type, so renaming it changes nothing.
 * When lineage is lost, a trigger that emitted one item (a webhook delivery) is still unambiguous;
 * an input item that is itself an event is used as it is.
 */
export function triggerEventOf(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const triggers = ctx
		.getParentNodes(ctx.getNode().name)
		.filter((parent) => TRIGGER_TYPE.test(parent.type) && !parent.disabled);
	const data = ctx.getWorkflowDataProxy(itemIndex);
	for (const trigger of triggers) {
		const node = data.$(trigger.name);
		if (!node.isExecuted) continue;
		try {
			const json = (node.item as { json?: IDataObject } | undefined)?.json;
			if (isEvent(json)) return json;
		} catch {
			// No lineage back to the trigger (a node in between dropped pairedItem): see below.
		}
		const all = node.all() as Array<{ json: IDataObject }>;
		if (all.length === 1 && isEvent(all[0].json)) return all[0].json;
	}
	const own = ctx.getInputData()[itemIndex]?.json;
	if (isEvent(own)) return own;
	throw new NodeOperationError(ctx.getNode(), 'Reply found no Pachca event to answer for this item.', {
		itemIndex,
		description:
			'Place this node after a Pachca Trigger or Pachca Polling Trigger (nodes such as an AI Agent may be in ' +
			'between). If a node in between makes new items without linking them to its input (paired items), ' +
			'use Message → Send with the chat taken from the trigger instead.',
	});
}
