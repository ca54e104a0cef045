import { lastRequest, run, runFailing, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

const event = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'webhookEvent',
	operation,
	...extra,
});

describe('Webhook Event', () => {
	it("lists the bot's event history, newest first", async () => {
		const items = await run(fake, event('getAll', { returnAll: true }));
		expect(lastRequest(fake)).toMatchObject({
			method: 'GET',
			path: '/webhooks/events',
			role: 'bot',
			query: { limit: '50' },
		});
		expect(items.map((item) => item.event_type)).toEqual(['message_new', 'button_click', 'reaction_new']);
		expect(items[0]).toEqual({
			id: expect.stringMatching(/^01FAKEEVT/),
			event_type: 'message_new',
			created_at: '2025-01-15T10:30:00.000Z',
			payload: expect.objectContaining({
				type: 'message',
				id: 1010,
				chat_id: 101,
				url: `${fake.baseUrl.replace(/\/api\/shared\/v1$/, '')}/chats/101?message=1010`,
			}),
		});
	});

	it('lists up to a limit', async () => {
		const items = await run(fake, event('getAll', { returnAll: false, limit: 2 }));
		expect(lastRequest(fake)).toMatchObject({ query: { limit: '2' } });
		expect(items).toHaveLength(2);
	});

	it('deletes an event by its ID', async () => {
		const id = fake.state.webhookEvents.find((e: { event_type: string }) => e.event_type === 'reaction_new')
			.id as string;
		expect(await run(fake, event('delete', { eventId: id }))).toEqual([{ success: true }]);
		expect(lastRequest(fake)).toMatchObject({
			method: 'DELETE',
			path: `/webhooks/events/${id}`,
			role: 'bot',
			query: {},
		});
		expect(fake.state.webhookEvents.map((e: { id: string }) => e.id)).not.toContain(id);
	});

	it('refuses an empty event ID before sending anything', async () => {
		const error = await runFailing(fake, event('delete', { eventId: ' ' }));
		expect(error.message).toContain('Event ID is empty');
		expect(fake.requests).toHaveLength(0);
	});
});
