import type { IDataObject } from 'n8n-workflow';

import { loadedPackage } from '../../../harness';
import type { LoggedRequest } from '../../../support/pachca';
import { runFailing, runItems, sendToChat, useFakePachca } from '../../../support/pachca';

/**
 * The message writes the node runs itself (customOperations): the same Request Options as
 * RoutingNode gives the declarative operations, the same output items, and no second path.
 */
const fake = useFakePachca();
const send = (extra: IDataObject = {}) => sendToChat('={{ $json.chat }}', '={{ $json.text }}', extra);
const posted = () =>
	fake.requests
		.filter((r: LoggedRequest) => r.method === 'POST' && r.path === '/messages')
		.map((r: LoggedRequest) => (r.body as { message: IDataObject }).message.content);

describe('the message writes the node runs itself', () => {
	it('are the custom operations, and every other operation keeps its routing', async () => {
		const loader = await loadedPackage();
		const node = loader.nodeTypes.pachca.type as unknown as {
			customOperations: Record<string, Record<string, unknown>>;
		};
		const custom = Object.entries(node.customOperations).flatMap(([resource, operations]) =>
			Object.keys(operations).map((operation) => `${resource}.${operation}`),
		);
		expect(custom.sort()).toEqual([
			'incomingWebhook.send',
			'message.create',
			'message.delete',
			'message.pin',
			'message.reply',
			'message.sendAndWait',
			'message.unpin',
			'message.update',
		]);
	});

	it('honour Batching from Request Options: every item is sent, in item order, each output paired with its item', async () => {
		const chat = fake.state.addChat({ name: 'Batched' }, [[3, 'member']]);
		const items = ['a', 'b', 'c', 'd', 'e'].map((text) => ({ json: { chat: chat.id, text } as IDataObject }));
		const batching = { requestOptions: { batching: { batch: { batchSize: 2, batchInterval: 5 } } } };
		const output = await runItems(fake, send(batching), { items });
		expect(output.map((item) => [item.json.content, item.pairedItem])).toEqual(
			['a', 'b', 'c', 'd', 'e'].map((text, index) => [text, { item: index }]),
		);
		expect(posted().slice(-5)).toEqual(['a', 'b', 'c', 'd', 'e']);
	});

	it('refuse a Proxy in Request Options that is not a URL, before any request', async () => {
		const before = posted().length;
		const error = await runFailing(fake, send({ requestOptions: { proxy: 'not a proxy' } }), {
			items: [{ json: { chat: 101, text: 'never sent' } }],
		});
		expect(error.message).toBe('The proxy is not valid');
		expect(posted()).toHaveLength(before);
	});
});
