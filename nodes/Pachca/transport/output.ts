import type { IDataObject } from 'n8n-workflow';

import type { Shape } from '../../shared/send/operations';

const pick =
	(...keys: string[]): Shape =>
	(entity) =>
		Object.fromEntries(keys.filter((key) => key in entity).map((key) => [key, entity[key]]));

// The fields people map into later nodes; bulky ones (member lists, custom properties,
// statuses, raw webhook settings) stay in the full object.
export const messageShape = pick(
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
export const chatShape = pick(
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
export const userShape = pick(
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
export const taskShape = pick(
	'id',
	'kind',
	'content',
	'due_at',
	'all_day',
	'priority',
	'status',
	'chat_id',
	'performer_ids',
);
/** A bot's settings sit under `webhook`; the simple shape lifts the everyday ones up. */
export const botShape: Shape = (entity) => ({
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

const NO_STATUS: IDataObject = { emoji: null, title: null, expires_at: null, is_away: false, away_message: null };

/**
 * Pachca answers a bare `null` when no status is set; the output is then a status with every
 * field empty (rather than `{ success: true }`), so later nodes can test `title` the same way.
 */
export const noStatus = (): IDataObject => ({ ...NO_STATUS });
