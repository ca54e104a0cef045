import type { INodeTypeDescription } from 'n8n-workflow';

import { packAndLoad } from '../../harness';

describe('the trigger nodes in the packed tarball', () => {
	it('load as n8n loads a community package, as triggers that are not AI tools', async () => {
		const { loader } = await packAndLoad();
		const describe = (name: string) => loader.nodeTypes[name]?.type.description as INodeTypeDescription | undefined;
		const webhook = describe('pachcaTrigger');
		const polling = describe('pachcaPollingTrigger');
		expect(webhook).toMatchObject({
			group: ['trigger'],
			inputs: [],
			webhooks: [expect.objectContaining({ name: 'default', httpMethod: 'POST' })],
		});
		expect(polling).toMatchObject({ group: ['trigger'], inputs: [], polling: true });
		for (const description of [webhook, polling]) {
			expect(description?.usableAsTool).toBeUndefined();
			expect(description?.credentials).toEqual([{ name: 'pachcaApi', required: true }]);
		}
		const events = webhook?.properties.find((property) => property.name === 'events');
		expect(events?.options).toHaveLength(19);
	});
});
