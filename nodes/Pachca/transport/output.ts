import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OperationKey } from '../../shared/api/catalogue';

/** Turns one entity of Pachca's answer into its simplified output. */
type Shape = (entity: IDataObject) => IDataObject;

const pick =
	(...keys: string[]): Shape =>
	(entity) =>
		Object.fromEntries(keys.filter((key) => key in entity).map((key) => [key, entity[key]]));

// The fields people map into later nodes; bulky ones (member lists, custom properties,
// statuses, raw webhook settings) stay in the full object.
const message = pick(
	'id',
	'chat_id',
	'entity_type',
	'entity_id',
	'user_id',
	'content',
	'parent_message_id',
	'thread',
	'files',
	'url',
	'created_at',
);
const chat = pick(
	'id',
	'name',
	'channel',
	'personal',
	'public',
	'archived',
	'owner_id',
	'created_at',
	'last_message_at',
);
const user = pick(
	'id',
	'first_name',
	'last_name',
	'nickname',
	'email',
	'phone_number',
	'department',
	'title',
	'role',
	'suspended',
	'bot',
	'list_tags',
);
const task = pick('id', 'kind', 'content', 'due_at', 'all_day', 'priority', 'status', 'chat_id', 'performer_ids');
/** A bot's settings sit under `webhook`; the simple shape lifts the everyday ones up. */
const bot: Shape = (entity) => ({
	id: entity.id,
	...pick(
		'name',
		'nickname',
		'outgoing_url',
		'trigger_on',
		'commands',
		'events',
	)((entity.webhook ?? {}) as IDataObject),
});

/** Operations with a Simplify toggle, and the shape each outputs when it is on. */
export const SIMPLIFIED: Partial<Record<OperationKey, Shape>> = {
	'bot.get': bot,
	'bot.getAll': bot,
	'chat.get': chat,
	'chat.getAll': chat,
	'groupTag.getUsers': user,
	'message.get': message,
	'message.getAll': message,
	'search.chats': chat,
	'search.messages': message,
	'search.users': user,
	'task.get': task,
	'task.getAll': task,
	'user.get': user,
	'user.getAll': user,
};

/** Applies the Simplify toggle of the operation `key` (no shape: items pass unchanged). */
export function simplified(
	ctx: IExecuteSingleFunctions,
	key: string,
	items: INodeExecutionData[],
): INodeExecutionData[] {
	const shape = SIMPLIFIED[key as OperationKey];
	if (!shape || ctx.getNodeParameter('simplify', true) !== true) return items;
	return items.map((item) => ({ ...item, json: shape(item.json) }));
}

const NO_STATUS: IDataObject = { emoji: null, title: null, expires_at: null, is_away: false, away_message: null };

/**
 * Pachca answers a bare `null` when no status is set; the output is then a status with every
 * field empty (rather than `{ success: true }`), so later nodes can test `title` the same way.
 */
export function unsetAnswer(key: string): IDataObject | undefined {
	return key === 'user.getStatus' || key === 'profile.getStatus' ? { ...NO_STATUS } : undefined;
}
