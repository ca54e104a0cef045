// @ts-check
'use strict';
// Tasks (reminders): create, list (newest first), get, edit, delete; and the custom property
// definitions they and users can carry.

const { created, ok, empty } = require('../reply');
const { pathInt } = require('../validate');
const { qEnum } = require('../query');
const { keysetPage } = require('../paginate');
const { renderTask } = require('../render');
const { mustChat, mustUsers } = require('../lookups');
const { notFound, fail } = require('../errors');

const KINDS = ['call', 'meeting', 'reminder', 'event', 'email'];
const DEFAULT_CONTENT = /** @type {Record<string, string>} */ ({
	call: 'Call',
	meeting: 'Meeting',
	reminder: 'Reminder',
	event: 'Event',
	email: 'Email',
});

/** Fields shared by create and edit. @param {any} ctx @param {any} t @param {any} task */
function readTask(ctx, t, task) {
	const { v, state } = ctx;
	const content = v.str(t, 'content', { blankOk: true });
	if (content !== undefined && content !== '') task.content = content;
	const due = v.dateTime(t, 'due_at');
	if (due !== undefined) task.due_at = due;
	const priority = v.int(t, 'priority');
	if (priority !== undefined) {
		if (priority < 1 || priority > 3) throw v.reject('priority', priority, 'inclusion', 'priority must be 1, 2 or 3');
		task.priority = priority;
	}
	const performers = v.intArray(t, 'performer_ids');
	if (performers !== undefined) task.performer_ids = mustUsers(ctx, performers, 'performer_ids');
	const allDay = v.bool(t, 'all_day');
	if (allDay !== undefined) task.all_day = allDay;
	if (t.custom_properties !== undefined) {
		if (!Array.isArray(t.custom_properties))
			throw v.reject('custom_properties', t.custom_properties, 'invalid', 'custom_properties must be an array');
		task.custom_properties = t.custom_properties.map((/** @type {any} */ p) => {
			const def = p && state.customProperties.get(p.id);
			if (!def || def.entity_type !== 'Task')
				throw fail(
					ctx.op.codes.includes(422) ? 422 : 400,
					'custom_properties',
					p && p.id,
					'not_found',
					'Custom property not found',
				);
			return { id: p.id, value: v.str(p, 'value', { required: true, blankOk: true }) };
		});
	}
	return task;
}

/** @param {any} ctx */
function mustTask(ctx) {
	const id = pathInt(ctx.params, 'id');
	const t = ctx.state.tasks.get(id);
	if (!t) throw notFound('id', id);
	return t;
}

module.exports = {
	/** @param {any} ctx */
	'POST /tasks'(ctx) {
		const { v, state, caller } = ctx;
		const t = v.wrapper(ctx.body, 'task');
		const kind = /** @type {string} */ (v.oneOf(t, 'kind', KINDS, { required: true }));
		const chatId = v.int(t, 'chat_id');
		if (chatId !== undefined) mustChat(ctx, chatId, 'chat_id');
		const task = readTask(ctx, t, {
			id: state.nextId('task'),
			kind,
			content: DEFAULT_CONTENT[kind],
			due_at: null,
			priority: 1,
			user_id: caller.user_id,
			chat_id: chatId ?? null,
			status: 'undone',
			created_at: state.nowIso(),
			performer_ids: [caller.user_id],
			all_day: false,
			custom_properties: [],
		});
		if (!task.performer_ids.length) task.performer_ids = [caller.user_id];
		state.tasks.set(task.id, task);
		return created(renderTask(ctx.env, task));
	},

	/** @param {any} ctx */
	'GET /tasks'(ctx) {
		const items = [...ctx.state.tasks.values()].sort((a, b) => b.id - a.id);
		return {
			status: 200,
			body: keysetPage(
				ctx,
				'tasks',
				items,
				(t) => [t.id],
				-1,
				(t) => renderTask(ctx.env, t),
			),
		};
	},

	/** @param {any} ctx */
	'GET /tasks/{id}': (ctx) => ok(renderTask(ctx.env, mustTask(ctx))),

	/** @param {any} ctx */
	'PUT /tasks/{id}'(ctx) {
		const { v } = ctx;
		const task = mustTask(ctx);
		const t = v.wrapper(ctx.body, 'task');
		const kind = v.oneOf(t, 'kind', KINDS);
		const status = v.oneOf(t, 'status', ['done', 'undone']);
		const doneAt = v.dateTime(t, 'done_at');
		const next = readTask(ctx, t, { ...task, performer_ids: [...task.performer_ids] });
		if (kind !== undefined) next.kind = kind;
		if (status !== undefined) next.status = status;
		if (doneAt !== undefined) next.done_at = doneAt;
		Object.assign(task, next);
		return ok(renderTask(ctx.env, task));
	},

	/** @param {any} ctx */
	'DELETE /tasks/{id}'(ctx) {
		ctx.state.tasks.delete(mustTask(ctx).id);
		return empty();
	},

	/** @param {any} ctx */
	'GET /custom_properties'(ctx) {
		const type = qEnum(ctx.query, 'entity_type', ['User', 'Task'], { required: true });
		const data = [...ctx.state.customProperties.values()]
			.filter((d) => d.entity_type === type)
			.sort((a, b) => a.id - b.id)
			.map((d) => ({ id: d.id, name: d.name, data_type: d.data_type }));
		return ok(data);
	},
};
