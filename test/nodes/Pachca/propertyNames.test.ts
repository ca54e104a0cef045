import type { INodeProperties } from 'n8n-workflow';

import { pachcaDescription } from '../../support/nodeFields';

/**
 * n8n 2.41's RoutingNode reads `node.parameters[property.name]` for every top-level property of the
 * description, for every item, twice (building the request, then its allowed-domains check), before it
 * looks at whether the property is shown: a user's expression in a parameter is evaluated once per
 * property with that name. So each name belongs to one property; only these pickers, whose values are
 * plain choices and never per-item data, repeat across resources, the hidden credential switch
 * (the authentication parameters), one plain value per credential, and the node settings (nodeOptions),
 * one for the API's resources and one for the incoming webhook.
 */
const SHARED_PICKERS = ['operation', 'returnAll', 'limit', 'simplify', 'authentication', 'nodeOptions'];

/** Where a property shows: "resource: op, op" pairs. */
function shownAt(property: INodeProperties): string {
	const show = property.displayOptions?.show ?? {};
	return `${(show.resource ?? []).join(', ')}: ${(show.operation ?? []).join(', ')}`;
}

describe('top-level property names of the Pachca node', () => {
	it('each name belongs to one property, apart from the shared pickers', async () => {
		const byName = new Map<string, INodeProperties[]>();
		for (const property of (await pachcaDescription()).properties) {
			byName.set(property.name, [...(byName.get(property.name) ?? []), property]);
		}
		const repeated = [...byName]
			.filter(([name, properties]) => properties.length > 1 && !SHARED_PICKERS.includes(name))
			.map(([name, properties]) => `${name} (${properties.length}×: ${properties.map(shownAt).join(' | ')})`);
		expect(repeated).toEqual([]);
	});

	it('hidden properties hold plain values: an expression there would cost every item two evaluations', async () => {
		const hidden = (await pachcaDescription()).properties.filter((property) => property.type === 'hidden');
		expect(hidden.map((property) => property.name)).toContain('authentication');
		const expressions = hidden.filter((property) => String(property.default).startsWith('='));
		expect(expressions.map((property) => `${property.name}: ${String(property.default)}`)).toEqual([]);
	});
});
