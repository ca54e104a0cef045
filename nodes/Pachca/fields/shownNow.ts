import type { IExecuteSingleFunctions, INode, INodeProperties } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { oncePerRun } from '../../shared/transport/perRun';

/** The node with its parameters, the same for every item of a run (n8n's getNode() copies it each call). */
export function runNode(ctx: IExecuteSingleFunctions): INode {
	return oncePerRun(ctx, 'node', () => ctx.getNode());
}

/** Whether n8n shows `property` with the node's parameters as they are (display rules beyond resource and operation). */
export function shownNow(ctx: IExecuteSingleFunctions, property: INodeProperties): boolean {
	const node = runNode(ctx);
	return NodeHelpers.displayParameter(node.parameters, property, node, null, node.parameters);
}
