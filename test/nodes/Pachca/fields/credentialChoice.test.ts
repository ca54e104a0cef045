import type { INodeExecutionData } from 'n8n-workflow';
import { WorkflowExpression } from 'n8n-workflow';

import { runNode } from '../../../harness';
import { credentialsFor, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

/**
 * The hidden credential switch (credentialChoice.ts) follows the resource with plain values: n8n's
 * RoutingNode evaluates every parameter of the node for each item, twice, so an expression there
 * would cost two trips into n8n 2.x's expression runtime per item on every operation.
 */
describe('the credential switch', () => {
	it('costs n8n no evaluation: a run evaluates only the expressions the user wrote', async () => {
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
		const chat = fake.state.addChat({ name: 'Switch' }, [[3, 'member']]);
		const items: INodeExecutionData[] = [1, 2, 3, 4].map((n) => ({ json: { chat: chat.id, text: `Item ${n}` } }));
		try {
			const result = await runNode({
				parameters: {
					resource: 'message',
					operation: 'create',
					entityType: 'discussion',
					chatId: { __rl: true, mode: 'id', value: '={{ $json.chat }}' },
					content: '={{ $json.text }}',
				},
				credentials: credentialsFor(fake),
				items,
			});
			expect(result.items).toHaveLength(4);
		} finally {
			spy.mockRestore();
		}
		expect([...evaluated.keys()].sort()).toEqual(['={{ $json.chat }}', '={{ $json.text }}']);
		// n8n's own two walks per item at most; the node reads `$json` paths from the item itself.
		for (const count of evaluated.values()) expect(count).toBeLessThanOrEqual(2 * items.length);
	});
});
