import type { INodeProperties } from 'n8n-workflow';

import { pachcaDescription } from '../../../support/nodeFields';

/**
 * n8n's loader gives declarative nodes their Request Options only when they have no webhook
 * method; Send and Wait's webhook gives the Pachca node one, so the node declares them. One
 * property, with the names n8n's RoutingNode reads (the timeout test shows the transport reads it).
 */
describe('Request Options', () => {
	it('are on the node once, in the Settings tab, with batching, certificates, proxy and timeout', async () => {
		const found = (await pachcaDescription()).properties.filter((p) => p.name === 'requestOptions');
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({ type: 'collection', isNodeSetting: true });
		expect(((found[0].options ?? []) as INodeProperties[]).map((o) => o.name)).toEqual([
			'batching',
			'allowUnauthorizedCerts',
			'proxy',
			'timeout',
		]);
	});
});
