import type { INodeProperties, INodeTypeDescription } from 'n8n-workflow';

import type { Operations } from '../../../../nodes/shared/send/operations';
import { keysWith } from '../../../../nodes/Pachca/transport/specialCases';
import { loadedPackage } from '../../../harness';
import { byId, run, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

/** Catalogue keys of the operations a property is shown for, read from the node's own pickers and plans. */
function operationKeysShowing(
	description: INodeTypeDescription,
	{ plans }: Operations,
	property: INodeProperties,
): string[] {
	const operationKey = (resource: string, operation: string) =>
		plans.find((plan) => plan.resource === resource && plan.operation === operation)?.key ??
		`no plan for ${resource}/${operation}`;
	const show = property.displayOptions?.show ?? {};
	const keys: string[] = [];
	for (const resource of (show.resource ?? []) as string[]) {
		const picker = description.properties.find(
			(p) => p.name === 'operation' && (p.displayOptions?.show?.resource as string[]).includes(resource),
		);
		for (const operation of (show.operation ?? []) as string[]) {
			const offered = (picker?.options ?? []).some((o) => 'value' in o && o.value === operation);
			keys.push(offered ? operationKey(resource, operation) : `no ${resource}/${operation} pick`);
		}
	}
	return keys;
}

describe('Simplify', () => {
	it('is offered exactly on the operations that have a simplified shape', async () => {
		const loader = await loadedPackage();
		const node = loader.nodeTypes.pachca.type as unknown as {
			description: INodeTypeDescription;
			operations: Operations;
		};
		const offered = node.description.properties
			.filter((p) => p.name === 'simplify')
			.flatMap((p) => operationKeysShowing(node.description, node.operations, p));
		expect(offered.sort()).toEqual(keysWith('simplify').sort());
	});

	it('shortens a message on Get, and Simplify off returns it whole', async () => {
		const [simple] = await run(fake, { resource: 'message', operation: 'get', messageId: 1005 });
		expect(Object.keys(simple).sort()).toEqual([
			'chat_id',
			'content',
			'created_at',
			'entity_id',
			'entity_type',
			'files',
			'id',
			'parent_message_id',
			'thread',
			'url',
			'user_id',
		]);
		const [full] = await run(fake, { resource: 'message', operation: 'get', messageId: 1005, simplify: false });
		expect(full).toMatchObject({
			...simple,
			buttons: [[expect.objectContaining({ text: 'Open report' }), expect.objectContaining({ data: 'ack' })]],
		});
		expect(Object.keys(full).length).toBeGreaterThan(Object.keys(simple).length);
	});

	it('shortens every chat of Get Many', async () => {
		const items = await run(fake, { resource: 'chat', operation: 'getAll', returnAll: true });
		expect(items.length).toBeGreaterThan(1);
		for (const item of items)
			expect(Object.keys(item).sort()).toEqual([
				'archived',
				'channel',
				'created_at',
				'id',
				'last_message_at',
				'name',
				'owner_id',
				'personal',
				'public',
			]);
		const [full] = await run(fake, {
			resource: 'chat',
			operation: 'get',
			selectedChatId: byId('id', 101),
			simplify: false,
		});
		expect(full).toHaveProperty('member_ids');
		expect(full).toHaveProperty('meet_room_url');
	});

	it('leaves operations without a simplified shape untouched', async () => {
		const [tag] = await run(fake, {
			resource: 'groupTag',
			operation: 'get',
			groupTagId: byId('id', 12),
			simplify: true,
		});
		expect(tag).toEqual({ id: 12, name: 'Backend', users_count: 2 });
	});
});
