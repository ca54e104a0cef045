// @ts-check
'use strict';
// Employee tags: list (names[] filter), create, get, rename, delete, list a tag's users.
// Renaming or deleting a tag rewrites the users' list_tags, where membership is stored.

const { created, ok, empty } = require('../reply');
const { pathInt } = require('../validate');
const { qList } = require('../query');
const { keysetPage } = require('../paginate');
const { renderTag, renderUser } = require('../render');
const { mustTag } = require('../lookups');
const { audit } = require('../events');

/** @param {any} ctx @param {number|null} selfId */
function readName(ctx, selfId) {
	const { v, state } = ctx;
	const t = v.wrapper(ctx.body, 'group_tag');
	const name = /** @type {string} */ (v.str(t, 'name', { required: true, max: 255 }));
	if ([...state.groupTags.values()].some((x) => x.id !== selfId && x.name.toLowerCase() === name.toLowerCase())) {
		throw v.reject('name', name, 'taken', 'name has already been taken');
	}
	return name;
}

module.exports = {
	/** @param {any} ctx */
	'GET /group_tags'(ctx) {
		const names = qList(ctx.query, 'names');
		const items = [...ctx.state.groupTags.values()]
			.filter((t) => !names || names.includes(t.name))
			.sort((a, b) => a.id - b.id);
		return {
			status: 200,
			body: keysetPage(
				ctx,
				'group_tags',
				items,
				(t) => [t.id],
				1,
				(t) => renderTag(ctx.env, t),
			),
		};
	},

	/** @param {any} ctx */
	'POST /group_tags'(ctx) {
		const name = readName(ctx, null);
		const id = ctx.state.nextId('groupTag');
		const tag = { id, name };
		ctx.state.groupTags.set(id, tag);
		audit(ctx.state, 'tag_created', 'GroupTag', id, ctx.caller.user_id, { name });
		return created(renderTag(ctx.env, tag));
	},

	/** @param {any} ctx */
	'GET /group_tags/{id}'(ctx) {
		return ok(renderTag(ctx.env, mustTag(ctx, pathInt(ctx.params, 'id'))));
	},

	/** @param {any} ctx */
	'PUT /group_tags/{id}'(ctx) {
		const tag = mustTag(ctx, pathInt(ctx.params, 'id'));
		const name = readName(ctx, tag.id);
		for (const u of ctx.state.tagUsers(tag))
			u.list_tags = u.list_tags.map((/** @type {string} */ n) => (n === tag.name ? name : n));
		tag.name = name;
		return ok(renderTag(ctx.env, tag));
	},

	/** @param {any} ctx */
	'DELETE /group_tags/{id}'(ctx) {
		const { state } = ctx;
		const tag = mustTag(ctx, pathInt(ctx.params, 'id'));
		for (const u of state.tagUsers(tag)) u.list_tags = u.list_tags.filter((/** @type {string} */ n) => n !== tag.name);
		for (const c of state.chats.values())
			c.group_tag_ids = (c.group_tag_ids || []).filter((/** @type {number} */ id) => id !== tag.id);
		state.groupTags.delete(tag.id);
		audit(state, 'tag_deleted', 'GroupTag', tag.id, ctx.caller.user_id, { name: tag.name });
		return empty();
	},

	/** @param {any} ctx */
	'GET /group_tags/{id}/users'(ctx) {
		const tag = mustTag(ctx, pathInt(ctx.params, 'id'));
		const items = ctx.state.tagUsers(tag).sort((/** @type {any} */ a, /** @type {any} */ b) => a.id - b.id);
		return {
			status: 200,
			body: keysetPage(
				ctx,
				`tag_users:${tag.id}`,
				items,
				(u) => [u.id],
				1,
				(u) => renderUser(ctx.env, u),
			),
		};
	},
};
