import { lastRequest, run, runFailing, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

const audit = (extra: Record<string, unknown> = {}) => ({
	resource: 'security',
	operation: 'getAuditEvents',
	...extra,
});

describe('Security', () => {
	it('reads the whole audit log with the owner token, newest first', async () => {
		const items = await run(fake, audit({ returnAll: true }));
		expect(lastRequest(fake)).toMatchObject({
			method: 'GET',
			path: '/audit_events',
			role: 'owner',
			query: { limit: '50' },
		});
		expect(items.map((item) => item.event_key)).toEqual([
			'chat_renamed',
			'message_created',
			'tag_created',
			'user_chat_join',
			'chat_created',
			'user_login',
		]);
		expect(items[0]).toMatchObject({
			entity_type: 'Chat',
			entity_id: '101',
			actor_id: '1',
			actor_type: 'User',
			details: { old_name: 'Main', new_name: 'General' },
		});
	});

	it('sends every filter of the spec', async () => {
		const items = await run(
			fake,
			audit({
				returnAll: false,
				limit: 10,
				auditFilters: {
					start_time: '2025-01-15T09:00:00Z',
					end_time: '2025-01-15T09:30:00Z',
					event_key: 'user_chat_join',
					actor_id: '5',
					actor_type: 'User',
					entity_id: '102',
					entity_type: 'Chat',
				},
			}),
		);
		expect(lastRequest(fake)).toMatchObject({
			method: 'GET',
			path: '/audit_events',
			role: 'owner',
			query: {
				start_time: '2025-01-15T09:00:00.000Z',
				end_time: '2025-01-15T09:30:00.000Z',
				event_key: 'user_chat_join',
				actor_id: '5',
				actor_type: 'User',
				entity_id: '102',
				entity_type: 'Chat',
				limit: '10',
			},
		});
		expect(items).toEqual([expect.objectContaining({ event_key: 'user_chat_join', details: { inviter_id: 2 } })]);
	});

	it('needs the owner token and says so before sending anything', async () => {
		const error = await runFailing(fake, audit({ returnAll: true }), {
			tokens: { bot: fake.tokens.bot, admin: fake.tokens.admin },
		});
		expect(error.message).toContain('Owner Token');
		expect(fake.requests).toHaveLength(0);
	});
});
