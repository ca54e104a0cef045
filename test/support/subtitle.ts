import type { INode, INodeTypeDescription } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

/** The canvas subtitle n8n shows for `node`: the description's subtitle expression, evaluated as the editor does. */
export function canvasSubtitle(description: INodeTypeDescription, node: INode): unknown {
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: {
			getByName: () => undefined,
			getByNameAndVersion: () => undefined,
			getKnownTypes: () => ({}),
		} as never,
	});
	return workflow.expression.getSimpleParameterValue(node, description.subtitle as string, 'internal', {});
}
