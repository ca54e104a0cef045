import type { INodePropertyOptions } from 'n8n-workflow';

import { pachcaDescription, picks } from '../../support/nodeFields';

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

	it('shows the action as the subtitle on the canvas', async () => {
		const { subtitle } = await pachcaDescription();
		expect(subtitle).toContain('"message:create":"Send a message"');
	});
});
