import type { INodeProperties, INodeTypeDescription } from 'n8n-workflow';

import { loadedPackage } from '../harness';

/**
 * n8n 1.x resolves a node's parameters in the order their displayOptions need them, and gives up
 * ("Could not resolve parameter dependencies") when a rule names a parameter that is not on the
 * same level: a nested value must be named from the root, as `/collection.field`.
 */
function unresolvable(properties: INodeProperties[], where: string): string[] {
	const names = new Set(properties.map((property) => property.name));
	const wrong: string[] = [];
	for (const property of properties) {
		for (const rule of [property.displayOptions?.show, property.displayOptions?.hide]) {
			for (const key of Object.keys(rule ?? {}))
				if (!names.has(key) && !key.startsWith('@') && !key.startsWith('/'))
					wrong.push(`${where}${property.name} → ${key}`);
		}
	}
	return wrong;
}

describe('displayOptions of every node', () => {
	it.each(['pachca', 'pachcaTrigger', 'pachcaPollingTrigger'])(
		'%s: each top-level rule names a top-level parameter (or a root path), so n8n 1.x can order them',
		async (name) => {
			const description = (await loadedPackage()).nodeTypes[name].type.description as INodeTypeDescription;
			expect(unresolvable(description.properties, '')).toEqual([]);
		},
	);
});
