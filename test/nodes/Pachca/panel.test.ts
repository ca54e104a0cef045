import type { INode, INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';

import { pachcaDescription, picks } from '../../support/nodeFields';
import { canvasSubtitle } from '../../support/subtitle';

describe('the Pachca node panel, as n8n loads it', () => {
	it('starts with Resource and Operation and keeps the token and rate settings last, under their own name', async () => {
		const description = await pachcaDescription();
		// What the panel shows: not n8n's own Request Options, nor the hidden credential switch (the authentication parameters).
		const ours = description.properties.filter(
			(property) => property.name !== 'requestOptions' && property.type !== 'hidden',
		);
		const names = ours.map((property) => property.name);
		expect(names[0]).toBe('resource');
		expect(names[1]).toBe('operation');
		// The settings come last: one for the API's resources, one for the incoming webhook (nodeOptions).
		expect(names.slice(-2)).toEqual(['nodeOptions', 'nodeOptions']);
		const [api, webhook] = ours.slice(-2);
		expect(api.displayName).toBe('Token and Rate Limits');
		expect(((api.options ?? []) as INodePropertyOptions[]).map((option) => option.name)).toEqual([
			'authenticateAs',
			'rateLimits',
		]);
		expect(webhook.displayName).toBe('Options');
	});

	it('gives every operation one name, an action and a description', async () => {
		const all = picks(await pachcaDescription());
		const missing = all
			.filter(({ option }) => !option.action || !option.description)
			.map(({ resource, operation }) => `${resource}.${operation}`);
		expect(missing).toEqual([]);
		const send = all.find(({ resource, operation }) => resource === 'message' && operation === 'create');
		expect(send?.option).toMatchObject({ name: 'Send', action: 'Send a message' });
	});

	it('gives the canvas a subtitle that adds to the node name n8n takes from the action: operation: resource', async () => {
		const description = await pachcaDescription();
		const subtitleOf = (resource: string, operation: string) => {
			const node: INode = {
				id: 'p',
				name: 'Send a message',
				type: 'n8n-nodes-pachca-plus.pachca',
				typeVersion: 1,
				position: [0, 0],
				parameters: { resource, operation },
			};
			return canvasSubtitle(description, node);
		};
		expect(subtitleOf('message', 'create')).toBe('Send: Message');
		expect(subtitleOf('chatMember', 'getAll')).toBe('Get Many: Chat Member');
		// Never the action itself, which n8n already puts in the node's name.
		for (const { resource, operation, option } of picks(description))
			expect(subtitleOf(resource, operation)).not.toBe(option.action);
	});

	it('says on the button builder what each kind of button needs', async () => {
		const send = (await pachcaDescription()).properties.find(
			(property) =>
				property.name === 'additionalFields' &&
				property.displayOptions?.show?.operation?.includes('create') &&
				property.displayOptions?.show?.resource?.includes('message'),
		);
		const builder = ((send?.options ?? []) as INodeProperties[]).find((option) => option.name === 'buttonsUi');
		expect(builder?.typeOptions?.fixedCollection?.itemTitle).toContain('"Row " + ($collection.item.index + 1)');
		// Each row opens with a notice (n8n's classic layout shows no entry titles and no hint on a collection).
		const [notice, row] = ((builder?.options ?? []) as INodePropertyCollection[])[0].values;
		expect(notice.type).toBe('notice');
		expect(notice.displayName).toMatch(
			/left to right \(rows go top to bottom\).*link button needs a URL.*data button needs Data/,
		);
		const fields = ((row.options ?? []) as INodePropertyCollection[])[0].values;
		const onClick = fields.find((field) => field.name === 'onClick');
		expect((onClick?.options as INodePropertyOptions[]).map((option) => option.description)).toEqual([
			expect.stringMatching(/^Needs a URL/),
			expect.stringMatching(/^Needs Data/),
		]);
		expect(fields.find((field) => field.name === 'url')?.hint).toContain('needs this URL');
		expect(fields.find((field) => field.name === 'data')?.hint).toContain('needs this');
	});
});
