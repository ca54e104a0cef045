import type { OperationSpec } from './spec';

/** Chats, their members and chat exports. */
export const CHATS = {
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
} satisfies Record<string, OperationSpec>;
