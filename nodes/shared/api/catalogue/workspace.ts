import type { OperationSpec } from './spec';

/** The rest of the workspace: tasks, search, the audit log, file uploads and forms. */
export const WORKSPACE = {
	'file.getUploadParams': {
		method: 'POST',
		path: '/uploads',
		scope: 'uploads:write',
		tokens: ['bot', 'admin', 'owner'],
	},
	'file.uploadToStorage': { method: 'POST', path: '/direct_url', scope: '', tokens: [] },
	'form.open': { method: 'POST', path: '/views/open', scope: 'views:write', tokens: ['bot', 'admin', 'owner'] },
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
} satisfies Record<string, OperationSpec>;
