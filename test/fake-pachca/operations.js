// @ts-check
'use strict';
// The 77 Pachca API operations the fake serves, encoded as data so the server never needs
// /work/shared at runtime. Row: [method, path template, operationId, scope (null = no token
// scope), documented status codes, extras]. extras.plan marks Corporation-only operations;
// extras.paged is the maximum `limit` (also the default) for cursor-paginated operations.

/** @typedef {{ method: string, path: string, operationId: string, scope: string|null,
 *   codes: number[], plan: string|null, maxLimit: number|null }} Operation */

/** @type {Array<[string, string, string, string|null, number[], { plan?: string, paged?: number }?]>} */
// prettier-ignore
const ROWS = [
  ['GET', '/audit_events', 'SecurityOperations_getAuditEvents', 'audit_events:read',
    [200, 400, 401, 402, 403, 422], { plan: 'corporation', paged: 50 }],
  ['POST', '/bot/recreate_token', 'BotOperations_selfRecreateBotToken', 'bot_self:write', [200, 401, 402, 403, 404]],
  ['PUT', '/bot/webhook', 'BotOperations_selfUpdateBotWebhook', 'bot_self:webhook:write', [200, 400, 401, 402, 403, 422]],
  ['GET', '/bots', 'BotOperations_listBots', 'bots:read', [200, 401, 402, 403], { paged: 50 }],
  ['POST', '/bots', 'BotOperations_createBot', 'bots:write', [201, 400, 401, 402, 403]],
  ['GET', '/bots/{id}', 'BotOperations_getBot', 'bots:read', [200, 401, 402, 403, 404]],
  ['PUT', '/bots/{id}', 'BotOperations_updateBot', 'bots:write', [200, 400, 401, 402, 403, 404, 422]],
  ['DELETE', '/bots/{id}', 'BotOperations_deleteBot', 'bots:write', [204, 401, 402, 403, 404]],
  ['POST', '/bots/{id}/recreate_token', 'BotOperations_recreateBotToken', 'bots:write', [200, 401, 402, 403, 404]],
  ['POST', '/chats', 'ChatOperations_createChat', 'chats:create', [201, 400, 401, 402, 403, 422]],
  ['GET', '/chats', 'ChatOperations_listChats', 'chats:read', [200, 400, 401, 402, 403, 422], { paged: 50 }],
  ['POST', '/chats/exports', 'ExportOperations_requestExport', 'chat_exports:write', [204, 400, 401, 403, 422], { plan: 'corporation' }],
  ['GET', '/chats/exports/{id}', 'ExportOperations_downloadExport', 'chat_exports:read', [302, 401, 403, 404], { plan: 'corporation' }],
  ['GET', '/chats/{id}', 'ChatOperations_getChat', 'chats:read', [200, 401, 402, 403, 404]],
  ['PUT', '/chats/{id}', 'ChatOperations_updateChat', 'chats:update', [200, 400, 401, 402, 403, 404, 422]],
  ['PUT', '/chats/{id}/archive', 'ChatOperations_archiveChat', 'chats:archive', [204, 401, 403, 404]],
  ['POST', '/chats/{id}/group_tags', 'ChatMemberOperations_addTags', 'chat_members:write', [204, 400, 401, 403, 404, 422]],
  ['DELETE', '/chats/{id}/group_tags/{tag_id}', 'ChatMemberOperations_removeTag', 'chat_members:write', [204, 401, 403, 404]],
  ['DELETE', '/chats/{id}/leave', 'ChatMemberOperations_leaveChat', 'chats:leave', [204, 400, 401, 403, 404, 422]],
  ['GET', '/chats/{id}/members', 'ChatMemberOperations_listMembers', 'chat_members:read', [200, 400, 401, 403, 404, 422], { paged: 50 }],
  ['POST', '/chats/{id}/members', 'ChatMemberOperations_addMembers', 'chat_members:write', [204, 400, 401, 403, 404, 422]],
  ['DELETE', '/chats/{id}/members/{user_id}', 'ChatMemberOperations_removeMember', 'chat_members:write', [204, 401, 403, 404]],
  ['PUT', '/chats/{id}/members/{user_id}', 'ChatMemberOperations_updateMemberRole', 'chat_members:write', [204, 400, 401, 403, 404, 422]],
  ['PUT', '/chats/{id}/unarchive', 'ChatOperations_unarchiveChat', 'chats:archive', [204, 401, 403, 404]],
  ['GET', '/custom_properties', 'CommonOperations_listProperties', 'custom_properties:read', [200, 400, 401, 402, 403, 422]],
  ['POST', '/direct_url', 'DirectUploadOperations_uploadFile', null, [204]],
  ['POST', '/group_tags', 'GroupTagOperations_createTag', 'group_tags:write', [201, 400, 401, 402, 403, 422]],
  ['GET', '/group_tags', 'GroupTagOperations_listTags', 'group_tags:read', [200, 400, 401, 402, 403, 422], { paged: 50 }],
  ['GET', '/group_tags/{id}', 'GroupTagOperations_getTag', 'group_tags:read', [200, 401, 402, 403, 404]],
  ['PUT', '/group_tags/{id}', 'GroupTagOperations_updateTag', 'group_tags:write', [200, 400, 401, 402, 403, 404, 422]],
  ['DELETE', '/group_tags/{id}', 'GroupTagOperations_deleteTag', 'group_tags:write', [204, 401, 402, 403, 404]],
  ['GET', '/group_tags/{id}/users', 'GroupTagOperations_getTagUsers', 'group_tags:read',
    [200, 400, 401, 402, 403, 404, 422], { paged: 50 }],
  ['POST', '/messages', 'MessageOperations_createMessage', 'messages:create', [201, 400, 401, 402, 403, 422]],
  ['GET', '/messages', 'ChatMessageOperations_listChatMessages', 'messages:read', [200, 400, 401, 402, 403, 404, 422], { paged: 50 }],
  ['GET', '/messages/{id}', 'MessageOperations_getMessage', 'messages:read', [200, 401, 402, 403, 404]],
  ['PUT', '/messages/{id}', 'MessageOperations_updateMessage', 'messages:update', [200, 400, 401, 402, 403, 404, 422]],
  ['DELETE', '/messages/{id}', 'MessageOperations_deleteMessage', 'messages:delete', [204, 401, 402, 403, 404]],
  ['POST', '/messages/{id}/link_previews', 'LinkPreviewOperations_unfurl', 'link_previews:write', [204, 400, 401, 403, 404, 422]],
  ['POST', '/messages/{id}/pin', 'MessageOperations_pinMessage', 'pins:write', [204, 401, 403, 404, 422]],
  ['DELETE', '/messages/{id}/pin', 'MessageOperations_unpinMessage', 'pins:write', [204, 401, 403, 404]],
  ['POST', '/messages/{id}/reactions', 'ReactionOperations_addReaction', 'reactions:write', [201, 400, 401, 403, 404, 422]],
  ['DELETE', '/messages/{id}/reactions', 'ReactionOperations_removeReaction', 'reactions:write', [204, 400, 401, 403, 404, 422]],
  ['GET', '/messages/{id}/reactions', 'ReactionOperations_listReactions', 'reactions:read', [200, 400, 401, 403, 404, 422], { paged: 50 }],
  ['GET', '/messages/{id}/read_member_ids', 'ReadMemberOperations_listReadMembers', 'messages:read',
    [200, 400, 401, 402, 403, 404, 422], { paged: 300 }],
  ['POST', '/messages/{id}/thread', 'ThreadOperations_createThread', 'threads:create', [201, 401, 403, 404]],
  ['GET', '/oauth/token/info', 'OAuthOperations_getTokenInfo', null, [200, 401]],
  ['GET', '/profile', 'ProfileOperations_getProfile', 'profile:read', [200, 401, 403]],
  ['PUT', '/profile/avatar', 'ProfileAvatarOperations_updateProfileAvatar', 'profile_avatar:write', [200, 401, 402, 403, 422]],
  ['DELETE', '/profile/avatar', 'ProfileAvatarOperations_deleteProfileAvatar', 'profile_avatar:write', [204, 401, 402, 403]],
  ['GET', '/profile/status', 'ProfileOperations_getStatus', 'profile_status:read', [200, 401, 403]],
  ['PUT', '/profile/status', 'ProfileOperations_updateStatus', 'profile_status:write', [200, 400, 401, 403, 422]],
  ['DELETE', '/profile/status', 'ProfileOperations_deleteStatus', 'profile_status:write', [204, 401, 403]],
  ['GET', '/search/chats', 'SearchOperations_searchChats', 'search:chats', [200, 400, 401, 402, 403], { paged: 100 }],
  ['GET', '/search/messages', 'SearchOperations_searchMessages', 'search:messages', [200, 400, 401, 402, 403], { paged: 200 }],
  ['GET', '/search/users', 'SearchOperations_searchUsers', 'search:users', [200, 400, 401, 402, 403], { paged: 200 }],
  ['POST', '/tasks', 'TaskOperations_createTask', 'tasks:create', [201, 400, 401, 402, 403, 404, 422]],
  ['GET', '/tasks', 'TaskOperations_listTasks', 'tasks:read', [200, 400, 401, 402, 403], { paged: 50 }],
  ['GET', '/tasks/{id}', 'TaskOperations_getTask', 'tasks:read', [200, 401, 402, 403, 404]],
  ['PUT', '/tasks/{id}', 'TaskOperations_updateTask', 'tasks:update', [200, 400, 401, 402, 403, 404, 422]],
  ['DELETE', '/tasks/{id}', 'TaskOperations_deleteTask', 'tasks:delete', [204, 401, 402, 403, 404]],
  ['POST', '/threads', 'ThreadOperations_createStandaloneThread', 'threads:create', [201, 401, 402, 403]],
  ['GET', '/threads', 'ThreadOperations_listThreads', 'threads:read', [200, 400, 401, 402, 403, 422], { paged: 50 }],
  ['GET', '/threads/{id}', 'ThreadOperations_getThread', 'threads:read', [200, 401, 402, 403, 404]],
  ['POST', '/uploads', 'UploadOperations_getUploadParams', 'uploads:write', [201, 401, 402, 403]],
  ['POST', '/users', 'UserOperations_createUser', 'users:create', [201, 400, 401, 402, 403, 422]],
  ['GET', '/users', 'UserOperations_listUsers', 'users:read', [200, 400, 401, 402, 403, 422], { paged: 50 }],
  ['GET', '/users/{id}', 'UserOperations_getUser', 'users:read', [200, 401, 402, 403, 404]],
  ['PUT', '/users/{id}', 'UserOperations_updateUser', 'users:update', [200, 400, 401, 402, 403, 404, 422]],
  ['DELETE', '/users/{id}', 'UserOperations_deleteUser', 'users:delete', [204, 401, 402, 403, 404]],
  ['PUT', '/users/{user_id}/avatar', 'UserAvatarOperations_updateUserAvatar', 'user_avatar:write', [200, 401, 402, 403, 404, 422]],
  ['DELETE', '/users/{user_id}/avatar', 'UserAvatarOperations_deleteUserAvatar', 'user_avatar:write', [204, 401, 402, 403, 404]],
  ['GET', '/users/{user_id}/status', 'UserStatusOperations_getUserStatus', 'user_status:read', [200, 401, 403, 404]],
  ['PUT', '/users/{user_id}/status', 'UserStatusOperations_updateUserStatus', 'user_status:write', [200, 400, 401, 403, 404, 422]],
  ['DELETE', '/users/{user_id}/status', 'UserStatusOperations_deleteUserStatus', 'user_status:write', [204, 401, 403, 404]],
  ['POST', '/views/open', 'FormOperations_openView', 'views:write', [201, 400, 401, 402, 403, 410, 422]],
  ['GET', '/webhooks/events', 'BotOperations_getWebhookEvents', 'webhooks:events:read', [200, 400, 401, 402, 403, 422], { paged: 50 }],
  ['DELETE', '/webhooks/events/{id}', 'BotOperations_deleteWebhookEvent', 'webhooks:events:delete', [204, 401, 402, 403, 404]],
];

/** @type {Operation[]} */
const OPERATIONS = ROWS.map(([method, path, operationId, scope, codes, extra]) => ({
	method,
	path,
	operationId,
	scope,
	codes,
	plan: (extra && extra.plan) || null,
	maxLimit: (extra && extra.paged) || null,
}));

/**
 * Status to use for a body validation failure: 422 where the operation documents it, else 400.
 * @param {Operation} op
 */
function validationStatus(op) {
	return op.codes.includes(422) ? 422 : 400;
}

module.exports = { OPERATIONS, validationStatus };
