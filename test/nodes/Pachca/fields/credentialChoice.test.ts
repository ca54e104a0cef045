import type { INodeExecutionData } from 'n8n-workflow';
import { WorkflowExpression } from 'n8n-workflow';

import { byId, run, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();
const sendEach = { resource: 'message', operation: 'create', entityType: 'discussion' };

/** Counts n8n's evaluations of each expression while `work` runs. */
async function evaluationsDuring(work: () => Promise<void>): Promise<Map<string, number>> {
	const evaluated = new Map<string, number>();
	const original = WorkflowExpression.prototype.resolveSimpleParameterValue;
	const spy = jest.spyOn(WorkflowExpression.prototype, 'resolveSimpleParameterValue').mockImplementation(function (
		this: WorkflowExpression,
		value,
		...rest
	) {
		if (typeof value === 'string' && value.startsWith('=')) evaluated.set(value, (evaluated.get(value) ?? 0) + 1);
		return original.call(this, value, ...rest);
	});
	try {
		await work();
	} finally {
		spy.mockRestore();
	}
	return evaluated;
}

/**
 * The hidden credential switch (the `authentication` parameters) follows the resource with plain
 * values: n8n's RoutingNode evaluates every parameter of the node for each item, twice, so an
 * expression there would cost two trips into n8n 2.x's expression runtime per item on every
 * declarative operation.
 */
describe('the credential switch', () => {
	it('costs n8n no evaluation: a declarative run evaluates only the expressions the user wrote', async () => {
		const items: INodeExecutionData[] = ['🚀', '👍', '🎉', '🔥'].map((emoji) => ({ json: { id: 1002, emoji } }));
		const evaluated = await evaluationsDuring(async () => {
			const out = await run(
				fake,
				{
					resource: 'reaction',
					operation: 'add',
					reactionMessageId: '={{ $json.id }}',
					addEmoji: '={{ $json.emoji }}',
				},
				{ items },
			);
			expect(out).toHaveLength(items.length);
		});
		expect([...evaluated.keys()].sort()).toEqual(['={{ $json.emoji }}', '={{ $json.id }}']);
		// n8n's own two walks per item at most; the node reads `$json` paths from the item itself.
		for (const count of evaluated.values()) expect(count).toBeLessThanOrEqual(2 * items.length);
	});

	it('costs a message send no evaluation at all: the node runs it and reads `$json` paths from the item', async () => {
		const chat = fake.state.addChat({ name: 'Switch' }, [[3, 'member']]);
		const items: INodeExecutionData[] = [1, 2, 3, 4].map((n) => ({ json: { chat: chat.id, text: `Item ${n}` } }));
		const evaluated = await evaluationsDuring(async () => {
			const out = await run(
				fake,
				{ ...sendEach, chatId: byId('id', '={{ $json.chat }}'), content: '={{ $json.text }}' },
				{ items },
			);
			expect(out.map((message) => [message.chat_id, message.content])).toEqual(
				items.map(({ json }) => [json.chat, json.text]),
			);
		});
		// No RoutingNode walks: the only reads are the node's own, from the item.
		expect([...evaluated.keys()]).toEqual([]);
	});
});
