import type { IHttpRequestMethods } from 'n8n-workflow';

import type { TokenRole } from './tokens';

/** Rate class of an operation: which of Pachca's documented limits it counts against. */
export type RateClass = 'messageWrite' | 'messageRead' | 'events' | 'default';

export interface OperationSpec {
	method: IHttpRequestMethods;
	/** Path below the base URL, with `{name}` placeholders for path parameters. */
	path: string;
	/** OAuth scope the token needs; empty for the upload target, which takes no token. */
	scope: string;
	/** Tokens that can perform the operation, least privileged first. */
	tokens: TokenRole[];
	/** Cursor-paginated list (`limit` + `cursor`, next cursor in `meta.paginate.next_page`). */
	paged?: boolean;
	/** Largest `limit` the endpoint accepts, when it is not 50. */
	pageSize?: number;
	plan?: 'corporation';
	rate?: RateClass;
	/** Output key for list entries that are bare values (read members are plain user ids). */
	scalarKey?: string;
	/** Error hints of its own, by HTTP status (`other`: any other 4xx; `network`: no answer), before the general ones (errors.ts). */
	hints?: Readonly<Partial<Record<number | 'other' | 'network', string>>>;
}

/**
 * Every operation of the Pachca API, keyed `resource.operation` as the node names them.
 * Token order follows the scope → roles table Pachca publishes: bot first where a bot may
 * call it, then admin, then owner.
 */
export const OPERATIONS = {
	'bot.create': { method: 'POST', path: '/bots', scope: 'bots:write', tokens: ['admin', 'owner'] },
	'bot.delete': { method: 'DELETE', path: '/bots/{id}', scope: 'bots:write', tokens: ['admin', 'owner'] },
	'bot.get': { method: 'GET', path: '/bots/{id}', scope: 'bots:read', tokens: ['admin', 'owner'] },
	'bot.getAll': { method: 'GET', path: '/bots', scope: 'bots:read', tokens: ['admin', 'owner'], paged: true },
	'bot.recreateOwnToken': { method: 'POST', path: '/bot/recreate_token', scope: 'bot_self:write', tokens: ['bot'] },
	'bot.recreateToken': {
		method: 'POST',
		path: '/bots/{id}/recreate_token',
		scope: 'bots:write',
		tokens: ['admin', 'owner'],
	},
	'bot.setOwnWebhook': { method: 'PUT', path: '/bot/webhook', scope: 'bot_self:webhook:write', tokens: ['bot'] },
	'bot.update': { method: 'PUT', path: '/bots/{id}', scope: 'bots:write', tokens: ['admin', 'owner'] },
	'chat.archive': {
		method: 'PUT',
		path: '/chats/{id}/archive',
		scope: 'chats:archive',
		tokens: ['bot', 'admin', 'owner'],
	},
	'chat.create': { method: 'POST', path: '/chats', scope: 'chats:create', tokens: ['bot', 'admin', 'owner'] },
	'chat.get': { method: 'GET', path: '/chats/{id}', scope: 'chats:read', tokens: ['bot', 'admin', 'owner'] },
	'chat.getAll': { method: 'GET', path: '/chats', scope: 'chats:read', tokens: ['bot', 'admin', 'owner'], paged: true },
	'chat.unarchive': {
		method: 'PUT',
		path: '/chats/{id}/unarchive',
		scope: 'chats:archive',
		tokens: ['bot', 'admin', 'owner'],
	},
	'chat.update': { method: 'PUT', path: '/chats/{id}', scope: 'chats:update', tokens: ['bot', 'admin', 'owner'] },
	'chatExport.download': {
		method: 'GET',
		path: '/chats/exports/{id}',
		scope: 'chat_exports:read',
		tokens: ['owner'],
		plan: 'corporation',
	},
	'chatExport.request': {
		method: 'POST',
		path: '/chats/exports',
		scope: 'chat_exports:write',
		tokens: ['owner'],
		plan: 'corporation',
	},
	'chatMember.add': {
		method: 'POST',
		path: '/chats/{id}/members',
		scope: 'chat_members:write',
		tokens: ['bot', 'admin', 'owner'],
	},
	'chatMember.addTags': {
		method: 'POST',
		path: '/chats/{id}/group_tags',
		scope: 'chat_members:write',
		tokens: ['bot', 'admin', 'owner'],
	},
	'chatMember.getAll': {
		method: 'GET',
		path: '/chats/{id}/members',
		scope: 'chat_members:read',
		tokens: ['bot', 'admin', 'owner'],
		paged: true,
	},
	'chatMember.leave': {
		method: 'DELETE',
		path: '/chats/{id}/leave',
		scope: 'chats:leave',
		tokens: ['bot', 'admin', 'owner'],
	},
	'chatMember.remove': {
		method: 'DELETE',
		path: '/chats/{id}/members/{user_id}',
		scope: 'chat_members:write',
		tokens: ['bot', 'admin', 'owner'],
	},
	'chatMember.removeTag': {
		method: 'DELETE',
		path: '/chats/{id}/group_tags/{tag_id}',
		scope: 'chat_members:write',
		tokens: ['bot', 'admin', 'owner'],
	},
	'chatMember.updateRole': {
		method: 'PUT',
		path: '/chats/{id}/members/{user_id}',
		scope: 'chat_members:write',
		tokens: ['bot', 'admin', 'owner'],
	},
	'customProperty.getAll': {
		method: 'GET',
		path: '/custom_properties',
		scope: 'custom_properties:read',
		tokens: ['bot', 'admin', 'owner'],
	},
	'file.getUploadParams': {
		method: 'POST',
		path: '/uploads',
		scope: 'uploads:write',
		tokens: ['bot', 'admin', 'owner'],
	},
	'file.uploadToStorage': { method: 'POST', path: '/direct_url', scope: '', tokens: [] },
	'form.open': { method: 'POST', path: '/views/open', scope: 'views:write', tokens: ['bot', 'admin', 'owner'] },
	'groupTag.create': { method: 'POST', path: '/group_tags', scope: 'group_tags:write', tokens: ['admin', 'owner'] },
	'groupTag.delete': {
		method: 'DELETE',
		path: '/group_tags/{id}',
		scope: 'group_tags:write',
		tokens: ['admin', 'owner'],
	},
	'groupTag.get': {
		method: 'GET',
		path: '/group_tags/{id}',
		scope: 'group_tags:read',
		tokens: ['bot', 'admin', 'owner'],
	},
	'groupTag.getAll': {
		method: 'GET',
		path: '/group_tags',
		scope: 'group_tags:read',
		tokens: ['bot', 'admin', 'owner'],
		paged: true,
	},
	'groupTag.getUsers': {
		method: 'GET',
		path: '/group_tags/{id}/users',
		scope: 'group_tags:read',
		tokens: ['bot', 'admin', 'owner'],
		paged: true,
	},
	'groupTag.update': { method: 'PUT', path: '/group_tags/{id}', scope: 'group_tags:write', tokens: ['admin', 'owner'] },
	'linkPreview.unfurl': {
		method: 'POST',
		path: '/messages/{id}/link_previews',
		scope: 'link_previews:write',
		tokens: ['bot', 'admin', 'owner'],
	},
	'message.create': {
		method: 'POST',
		path: '/messages',
		scope: 'messages:create',
		tokens: ['bot', 'admin', 'owner'],
		rate: 'messageWrite',
	},
	'message.delete': {
		method: 'DELETE',
		path: '/messages/{id}',
		scope: 'messages:delete',
		tokens: ['bot', 'admin', 'owner'],
		rate: 'messageWrite',
	},
	'message.get': {
		method: 'GET',
		path: '/messages/{id}',
		scope: 'messages:read',
		tokens: ['bot', 'admin', 'owner'],
		rate: 'messageRead',
	},
	'message.getAll': {
		method: 'GET',
		path: '/messages',
		scope: 'messages:read',
		tokens: ['bot', 'admin', 'owner'],
		paged: true,
		rate: 'messageRead',
	},
	'message.pin': { method: 'POST', path: '/messages/{id}/pin', scope: 'pins:write', tokens: ['bot', 'admin', 'owner'] },
	'message.unpin': {
		method: 'DELETE',
		path: '/messages/{id}/pin',
		scope: 'pins:write',
		tokens: ['bot', 'admin', 'owner'],
	},
	'message.update': {
		method: 'PUT',
		path: '/messages/{id}',
		scope: 'messages:update',
		tokens: ['bot', 'admin', 'owner'],
		rate: 'messageWrite',
	},
	'profile.deleteAvatar': {
		method: 'DELETE',
		path: '/profile/avatar',
		scope: 'profile_avatar:write',
		tokens: ['bot', 'admin', 'owner'],
	},
	'profile.deleteStatus': {
		method: 'DELETE',
		path: '/profile/status',
		scope: 'profile_status:write',
		tokens: ['bot', 'admin', 'owner'],
	},
	'profile.get': { method: 'GET', path: '/profile', scope: 'profile:read', tokens: ['bot', 'admin', 'owner'] },
	'profile.getStatus': {
		method: 'GET',
		path: '/profile/status',
		scope: 'profile_status:read',
		tokens: ['bot', 'admin', 'owner'],
	},
	'profile.getTokenInfo': { method: 'GET', path: '/oauth/token/info', scope: '', tokens: ['bot', 'admin', 'owner'] },
	'profile.setAvatar': {
		method: 'PUT',
		path: '/profile/avatar',
		scope: 'profile_avatar:write',
		tokens: ['bot', 'admin', 'owner'],
	},
	'profile.setStatus': {
		method: 'PUT',
		path: '/profile/status',
		scope: 'profile_status:write',
		tokens: ['bot', 'admin', 'owner'],
	},
	'reaction.add': {
		method: 'POST',
		path: '/messages/{id}/reactions',
		scope: 'reactions:write',
		tokens: ['bot', 'admin', 'owner'],
	},
	'reaction.getAll': {
		method: 'GET',
		path: '/messages/{id}/reactions',
		scope: 'reactions:read',
		tokens: ['bot', 'admin', 'owner'],
		paged: true,
	},
	'reaction.remove': {
		method: 'DELETE',
		path: '/messages/{id}/reactions',
		scope: 'reactions:write',
		tokens: ['bot', 'admin', 'owner'],
	},
	'readMember.getAll': {
		method: 'GET',
		path: '/messages/{id}/read_member_ids',
		scope: 'messages:read',
		tokens: ['bot', 'admin', 'owner'],
		paged: true,
		pageSize: 300,
		scalarKey: 'user_id',
	},
	'search.chats': {
		method: 'GET',
		path: '/search/chats',
		scope: 'search:chats',
		tokens: ['bot', 'admin', 'owner'],
		paged: true,
		pageSize: 100,
	},
	'search.messages': {
		method: 'GET',
		path: '/search/messages',
		scope: 'search:messages',
		tokens: ['bot', 'admin', 'owner'],
		paged: true,
		pageSize: 200,
	},
	'search.users': {
		method: 'GET',
		path: '/search/users',
		scope: 'search:users',
		tokens: ['bot', 'admin', 'owner'],
		paged: true,
		pageSize: 200,
	},
	'security.getAuditEvents': {
		method: 'GET',
		path: '/audit_events',
		scope: 'audit_events:read',
		tokens: ['owner'],
		paged: true,
		plan: 'corporation',
	},
	'task.create': { method: 'POST', path: '/tasks', scope: 'tasks:create', tokens: ['bot', 'admin', 'owner'] },
	'task.delete': { method: 'DELETE', path: '/tasks/{id}', scope: 'tasks:delete', tokens: ['bot', 'admin', 'owner'] },
	'task.get': { method: 'GET', path: '/tasks/{id}', scope: 'tasks:read', tokens: ['bot', 'admin', 'owner'] },
	'task.getAll': { method: 'GET', path: '/tasks', scope: 'tasks:read', tokens: ['bot', 'admin', 'owner'], paged: true },
	'task.update': { method: 'PUT', path: '/tasks/{id}', scope: 'tasks:update', tokens: ['bot', 'admin', 'owner'] },
	'thread.create': {
		method: 'POST',
		path: '/messages/{id}/thread',
		scope: 'threads:create',
		tokens: ['bot', 'admin', 'owner'],
	},
	'thread.createStandalone': {
		method: 'POST',
		path: '/threads',
		scope: 'threads:create',
		tokens: ['bot', 'admin', 'owner'],
	},
	'thread.get': { method: 'GET', path: '/threads/{id}', scope: 'threads:read', tokens: ['bot', 'admin', 'owner'] },
	'thread.getAll': {
		method: 'GET',
		path: '/threads',
		scope: 'threads:read',
		tokens: ['bot', 'admin', 'owner'],
		paged: true,
	},
	'user.create': { method: 'POST', path: '/users', scope: 'users:create', tokens: ['admin', 'owner'] },
	'user.delete': { method: 'DELETE', path: '/users/{id}', scope: 'users:delete', tokens: ['admin', 'owner'] },
	'user.deleteAvatar': {
		method: 'DELETE',
		path: '/users/{user_id}/avatar',
		scope: 'user_avatar:write',
		tokens: ['admin', 'owner'],
	},
	'user.deleteStatus': {
		method: 'DELETE',
		path: '/users/{user_id}/status',
		scope: 'user_status:write',
		tokens: ['admin', 'owner'],
	},
	'user.get': { method: 'GET', path: '/users/{id}', scope: 'users:read', tokens: ['bot', 'admin', 'owner'] },
	'user.getAll': { method: 'GET', path: '/users', scope: 'users:read', tokens: ['bot', 'admin', 'owner'], paged: true },
	'user.getStatus': {
		method: 'GET',
		path: '/users/{user_id}/status',
		scope: 'user_status:read',
		tokens: ['bot', 'admin', 'owner'],
	},
	'user.setAvatar': {
		method: 'PUT',
		path: '/users/{user_id}/avatar',
		scope: 'user_avatar:write',
		tokens: ['admin', 'owner'],
	},
	'user.setStatus': {
		method: 'PUT',
		path: '/users/{user_id}/status',
		scope: 'user_status:write',
		tokens: ['admin', 'owner'],
	},
	'user.update': { method: 'PUT', path: '/users/{id}', scope: 'users:update', tokens: ['admin', 'owner'] },
	'webhookEvent.delete': {
		method: 'DELETE',
		path: '/webhooks/events/{id}',
		scope: 'webhooks:events:delete',
		tokens: ['bot', 'admin', 'owner'],
	},
	'webhookEvent.getAll': {
		method: 'GET',
		path: '/webhooks/events',
		scope: 'webhooks:events:read',
		tokens: ['bot', 'admin', 'owner'],
		paged: true,
		rate: 'events',
	},
} satisfies Record<string, OperationSpec>;

export type OperationKey = keyof typeof OPERATIONS;

export function getOperation(key: string): OperationSpec | undefined {
	return (OPERATIONS as Record<string, OperationSpec>)[key];
}

/** Fills `{name}` placeholders of a catalogue path. */
export function fillPath(path: string, values: Record<string, string | number>): string {
	return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(values[name])));
}
