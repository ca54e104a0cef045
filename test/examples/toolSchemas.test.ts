import type { INode } from 'n8n-workflow';
// The function n8n-core itself uses to build a tool's schema for the model from its $fromAI() calls.
import { getSchema } from 'n8n-core/dist/execution-engine/node-execution-context/utils/create-node-as-tool';

import { exampleWorkflows } from '../support/examples';
import { pachcaDescription } from '../support/nodeFields';

const toolNodes: Array<[string, INode]> = exampleWorkflows().flatMap(({ file, workflow }) =>
	workflow.nodes
		.filter((node) => node.type.endsWith('.pachcaTool'))
		.map((node): [string, INode] => [`${file}: ${node.name}`, node]),
);

describe('the Pachca Tool nodes of the examples, as the model sees them', () => {
	it('exist', () => {
		expect(toolNodes.length).toBeGreaterThan(0);
	});

	it.each(toolNodes)('%s: a description of its own, and one for every value the model fills in', async (_name, node) => {
		expect(node.parameters.descriptionType).toBe('manual');
		expect(String(node.parameters.toolDescription ?? '').length).toBeGreaterThan(20);
		const shape = getSchema(node).shape as Record<string, { description?: string }>;
		expect(Object.keys(shape).length).toBeGreaterThan(0);
		const undescribed = Object.entries(shape)
			.filter(([, schema]) => (schema.description ?? '').trim().length < 10)
			.map(([key]) => key);
		expect(undescribed).toEqual([]);
		// Every parameter set is one the node has (a misspelt one would be dropped by n8n silently).
		const names = new Set((await pachcaDescription()).properties.map((property) => property.name));
		const tooling = ['descriptionType', 'toolDescription'];
		expect(Object.keys(node.parameters).filter((name) => !names.has(name) && !tooling.includes(name))).toEqual([]);
	});
});
