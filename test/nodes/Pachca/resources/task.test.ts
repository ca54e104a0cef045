import { lastRequest, run, runFailing, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

const task = (operation: string, extra: Record<string, unknown> = {}) => ({ resource: 'task', operation, ...extra });

const SIMPLE_KEYS = ['id', 'kind', 'content', 'due_at', 'all_day', 'priority', 'status', 'chat_id', 'performer_ids'];

describe('Task', () => {
	it('creates a task with every field', async () => {
		const items = await run(
			fake,
			task('create', {
				kind: 'call',
				taskContent: 'Call the supplier',
				due_at: '2030-05-01T12:00:00+03:00',
				// The performer picker gives IDs as strings, as n8n's multiOptions stores them.
				performer_ids: ['4', '5'],
				taskAdditionalFields: {
					priority: 3,
					chat_id: 102,
					all_day: false,
					custom_properties: '[{"id": 703, "value": "North"}]',
				},
			}),
		);
		expect(lastRequest(fake)).toMatchObject({ method: 'POST', path: '/tasks', role: 'bot', query: {} });
		expect(lastRequest(fake).body).toEqual({
			task: {
				kind: 'call',
				content: 'Call the supplier',
				due_at: '2030-05-01T09:00:00.000Z',
				priority: 3,
				performer_ids: [4, 5],
				chat_id: 102,
				all_day: false,
				custom_properties: [{ id: 703, value: 'North' }],
			},
		});
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({
			kind: 'call',
			content: 'Call the supplier',
			due_at: '2030-05-01T09:00:00.000Z',
			priority: 3,
			performer_ids: [4, 5],
			chat_id: 102,
			status: 'undone',
			user_id: 3,
		});
		expect(fake.state.tasks.get(items[0].id as number)).toMatchObject({ content: 'Call the supplier' });
	});

	it('creates a reminder from the kind alone', async () => {
		const items = await run(fake, task('create', { kind: 'reminder' }));
		expect(lastRequest(fake).body).toEqual({ task: { kind: 'reminder' } });
		expect(items[0]).toMatchObject({ kind: 'reminder', content: 'Reminder', performer_ids: [3] });
	});

	it('refuses custom properties that are not JSON, before sending anything', async () => {
		const error = await runFailing(
			fake,
			task('create', { kind: 'call', taskAdditionalFields: { custom_properties: '[{id: 703}]' } }),
		);
		expect(error.message).toContain('Custom Properties (JSON) (in Additional Fields) is not valid JSON');
		expect(fake.requests).toHaveLength(0);
	});

	it('gets a task, simplified or in full', async () => {
		const items = await run(fake, task('get', { taskId: 302 }));
		expect(lastRequest(fake)).toMatchObject({ method: 'GET', path: '/tasks/302', role: 'bot', query: {} });
		expect(items).toEqual([
			{
				id: 302,
				kind: 'call',
				content: 'Call the warehouse',
				due_at: null,
				all_day: false,
				priority: 1,
				status: 'done',
				chat_id: 102,
				performer_ids: [3],
			},
		]);
		const full = await run(fake, task('get', { taskId: 302, simplify: false }));
		expect(full[0].custom_properties).toEqual(
			expect.arrayContaining([expect.objectContaining({ id: 703, value: 'Blue warehouse' })]),
		);
		expect(full[0]).toHaveProperty('created_at');
	});

	it('lists tasks, newest first, with a limit', async () => {
		const items = await run(fake, task('getAll', { returnAll: false, limit: 1 }));
		expect(lastRequest(fake)).toMatchObject({ method: 'GET', path: '/tasks', role: 'bot', query: { limit: '1' } });
		expect(items).toHaveLength(1);
		expect(Object.keys(items[0]).sort()).toEqual([...SIMPLE_KEYS].sort());
		const all = await run(fake, task('getAll', { returnAll: true }));
		expect(all.map((item) => item.id)).toEqual([...fake.state.tasks.keys()].sort((a, b) => b - a));
	});

	it('marks a task done', async () => {
		const items = await run(
			fake,
			task('update', {
				taskId: 301,
				taskUpdateFields: {
					status: 'done',
					done_at: '2025-01-17T14:30:00Z',
					priority: 1,
					content: 'Weekly report sent',
				},
			}),
		);
		expect(lastRequest(fake)).toMatchObject({
			method: 'PUT',
			path: '/tasks/301',
			role: 'bot',
			query: {},
			body: {
				task: { status: 'done', done_at: '2025-01-17T14:30:00.000Z', priority: 1, content: 'Weekly report sent' },
			},
		});
		expect(items[0]).toMatchObject({ id: 301, status: 'done', priority: 1, content: 'Weekly report sent' });
		expect(fake.state.tasks.get(301).status).toBe('done');
	});

	it('refuses an invalid due date before sending anything', async () => {
		const error = await runFailing(
			fake,
			task('update', { taskId: 301, taskUpdateFields: { due_at: 'next tuesday-ish' } }),
		);
		expect(error.message).toContain('Due At (in Update Fields) is not a valid date');
		expect(fake.requests).toHaveLength(0);
	});

	it('deletes a task', async () => {
		expect(await run(fake, task('delete', { taskId: 302 }))).toEqual([{ success: true }]);
		expect(lastRequest(fake)).toMatchObject({ method: 'DELETE', path: '/tasks/302', role: 'bot', query: {} });
		expect(fake.state.tasks.has(302)).toBe(false);
	});
});
