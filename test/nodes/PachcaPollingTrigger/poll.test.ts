import type { IDataObject } from 'n8n-workflow';

import { poll } from '../../harness';
import { useFakePachca } from '../../support/pachca';
import { failureOf, triggerFor } from '../../support/triggers';

const fake = useFakePachca();
const botOnly = { tokens: { bot: fake.tokens.bot } };
const botHistory = () => fake.state.webhookEvents.filter((event: { bot_id: number }) => event.bot_id === 3);

/** A message posted in chat 101 by the admin, through Pachca's API: the fake records the bot's event. */
async function postMessage(content: string): Promise<number> {
	const response = await fetch(`${fake.baseUrl}/messages`, {
		method: 'POST',
		headers: { authorization: `Bearer ${fake.tokens.admin}`, 'content-type': 'application/json' },
		body: JSON.stringify({ message: { entity_type: 'discussion', entity_id: 101, content } }),
	});
	expect(response.status).toBe(201);
	return ((await response.json()) as { data: { id: number } }).data.id;
}

const jsonOf = (emitted: Array<Array<{ json: IDataObject }>> | null) => (emitted ?? [[]])[0].map((item) => item.json);

describe('Pachca Polling Trigger', () => {
	it('emits each new event once across polls, oldest first, after noting what was there on activation', async () => {
		const trigger = await triggerFor(fake, 'pachcaPollingTrigger', { events: ['message_new'] }, botOnly);
		expect(await poll(trigger)).toBeNull();
		expect(fake.requests.map((request) => `${request.method} ${request.path} ${request.role}`)).toEqual([
			'GET /webhooks/events bot',
		]);

		const first = await postMessage('first');
		const second = await postMessage('second');
		const emitted = jsonOf(await poll(trigger));
		expect(emitted.map((item) => [item.id, item.content, item.event_type])).toEqual([
			[first, 'first', 'message_new'],
			[second, 'second', 'message_new'],
		]);
		expect(emitted[0].event_id).toEqual(expect.any(String));
		expect(await poll(trigger)).toBeNull();

		const third = await postMessage('third');
		expect(jsonOf(await poll(trigger)).map((item) => item.id)).toEqual([third]);
		expect(await poll(trigger)).toBeNull();
	});

	it('emits the events already in the history on the first poll when asked to', async () => {
		const trigger = await triggerFor(
			fake,
			'pachcaPollingTrigger',
			{ events: ['message_new', 'reaction_new', 'button_click'], options: { emitExisting: true } },
			botOnly,
		);
		const history = new Map<string, string>(
			botHistory().map((event: { id: string; created_at: string }) => [event.id, event.created_at]),
		);
		const emitted = jsonOf(await poll(trigger));
		expect(emitted.map((item) => item.event_id)).toEqual(expect.arrayContaining([...history.keys()]));
		const times = emitted.map((item) => history.get(String(item.event_id)));
		expect([...times].sort()).toEqual(times);
		expect(await poll(trigger)).toBeNull();
	});

	it('applies the event choice and the filters', async () => {
		const trigger = await triggerFor(
			fake,
			'pachcaPollingTrigger',
			{ events: ['message_new'], filters: { commands: '/deploy', chatIds: '101' } },
			botOnly,
		);
		await poll(trigger);
		await postMessage('hello');
		const deploy = await postMessage('/deploy api');
		expect(jsonOf(await poll(trigger)).map((item) => item.id)).toEqual([deploy]);
	});

	it('deletes emitted events from the history on the next poll', async () => {
		const trigger = await triggerFor(
			fake,
			'pachcaPollingTrigger',
			{ events: ['message_new'], options: { deleteAfterEmit: true } },
			botOnly,
		);
		await poll(trigger);
		await postMessage('one');
		await postMessage('two');
		const emitted = jsonOf(await poll(trigger)).map((item) => String(item.event_id));
		expect(emitted).toHaveLength(2);
		expect(trigger.nodeStaticData.pendingDeletes).toEqual(emitted);

		fake.clearRequests();
		expect(await poll(trigger)).toBeNull();
		const deletes = fake.requests.filter((request) => request.method === 'DELETE');
		expect(deletes.map((request) => `${request.path} ${request.role}`)).toEqual(
			emitted.map((id) => `/webhooks/events/${id} bot`),
		);
		expect(botHistory().map((event: { id: string }) => event.id)).not.toEqual(expect.arrayContaining([emitted[0]]));
		expect(botHistory().map((event: { id: string }) => event.id)).not.toEqual(expect.arrayContaining([emitted[1]]));
		expect(trigger.nodeStaticData.pendingDeletes).toEqual([]);
	});

	it('keeps pending deletes and reports the error when Pachca refuses one', async () => {
		const trigger = await triggerFor(
			fake,
			'pachcaPollingTrigger',
			{ events: ['message_new'], options: { deleteAfterEmit: true } },
			botOnly,
		);
		await poll(trigger);
		await postMessage('kept');
		const [eventId] = jsonOf(await poll(trigger)).map((item) => String(item.event_id));
		fake.failRoute({
			method: 'DELETE',
			path: '/webhooks/events/{id}',
			status: 403,
			body: { error: 'insufficient_scope', error_description: 'Missing scope' },
		});
		const error = await failureOf(poll(trigger));
		expect(error.message).toContain('HTTP 403');
		expect(trigger.nodeStaticData.pendingDeletes).toEqual([eventId]);
		expect(await poll(trigger)).toBeNull();
		expect(trigger.nodeStaticData.pendingDeletes).toEqual([]);
	});

	it('returns the newest matching event for "Fetch Test Event" without remembering it', async () => {
		const trigger = await triggerFor(fake, 'pachcaPollingTrigger', { events: ['message_new'] }, botOnly);
		const id = await postMessage('sample');
		expect(jsonOf(await poll(trigger, { manual: true })).map((item) => item.id)).toEqual([id]);
		expect(trigger.staticData).toEqual({});
	});

	it('asks for the Bot Token before reading anything', async () => {
		const trigger = await triggerFor(
			fake,
			'pachcaPollingTrigger',
			{ events: ['message_new'] },
			{ tokens: { admin: fake.tokens.admin } },
		);
		const error = await failureOf(poll(trigger));
		expect(error.message).toContain('needs the Bot Token');
		expect(fake.requests).toHaveLength(0);
	});
});
