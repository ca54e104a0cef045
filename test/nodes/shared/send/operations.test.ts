import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { pachcaDescription, picks } from '../../../support/nodeFields';

/**
 * n8n's RoutingNode reads every field that has routing once per item more than the field's own
 * step does (twice, with its allowed-domains pass), evaluating the user's expression each time:
 * so describeOperations takes what the fields send into each operation's plan, routing stays on
 * the Operation picker only, and nothing in requestDefaults is there to evaluate.
 */
describe('per-item cost: what n8n evaluates for each item', () => {
	it('no field carries routing; only the Operation options do', async () => {
		const description = await pachcaDescription();
		const routed = (property: INodeProperties): string[] => [
			...(property.routing ? [property.name] : []),
			...((property.options ?? []) as Array<INodeProperties | INodePropertyOptions>).flatMap((option) =>
				'type' in option ? routed(option).map((name) => `${property.name}.${name}`) : [],
			),
		];
		expect(description.properties.filter((p) => p.name !== 'operation').flatMap(routed)).toEqual([]);
	});

	it('requestDefaults hold no expression', async () => {
		const description = await pachcaDescription();
		expect(JSON.stringify(description.requestDefaults)).not.toContain('"=');
	});

	it("message Create's operation places the chat and the text through its own steps", async () => {
		const description = await pachcaDescription();
		const create = picks(description).find((pick) => pick.key === 'message.create');
		const targets = (create?.plan?.steps ?? []).map((step) => step.send.target);
		expect(targets).toEqual(expect.arrayContaining(['body:message.entity_id', 'body:message.content']));
	});
});
