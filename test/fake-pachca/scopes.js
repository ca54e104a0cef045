// @ts-check
'use strict';
// Scope → roles that may hold it (Pachca's `x-scope-roles`). `user` is a regular employee;
// the fake's tokens are bot / admin / owner (plus an optional `user` token).

const ALL = ['owner', 'admin', 'user', 'bot'];
const PEOPLE = ['owner', 'admin', 'user'];
const ADMINS = ['owner', 'admin'];
const OWNER = ['owner'];
const BOT = ['bot'];

/** @type {Record<string, string[]>} */
// prettier-ignore
const SCOPE_ROLES = {
  'chats:read': ALL,
  'chats:create': ALL,
  'chats:update': ALL,
  'chats:archive': ALL,
  'chats:leave': ALL,
  'chat_members:read': ALL,
  'chat_members:write': ALL,
  'chat_exports:read': OWNER,
  'chat_exports:write': OWNER,
  'messages:read': ALL,
  'messages:create': ALL,
  'messages:update': ALL,
  'messages:delete': ALL,
  'reactions:read': ALL,
  'reactions:write': ALL,
  'pins:write': ALL,
  'threads:read': ALL,
  'threads:create': ALL,
  'link_previews:write': ALL,
  'users:read': ALL,
  'users:create': ADMINS,
  'users:update': ADMINS,
  'users:delete': ADMINS,
  'group_tags:read': ALL,
  'group_tags:write': ADMINS,
  'bots:read': PEOPLE,
  'bots:write': PEOPLE,
  'bot_self:webhook:write': BOT,
  'bot_self:write': BOT,
  'profile:read': ALL,
  'profile_status:read': ALL,
  'profile_status:write': ALL,
  'profile_avatar:write': ALL,
  'user_status:read': ALL,
  'user_status:write': ADMINS,
  'user_avatar:write': ADMINS,
  'custom_properties:read': ALL,
  'audit_events:read': OWNER,
  'tasks:read': ALL,
  'tasks:create': ALL,
  'tasks:update': ALL,
  'tasks:delete': ALL,
  'files:read': ALL,
  'files:write': ALL,
  'uploads:write': ALL,
  'views:write': ALL,
  'webhooks:read': ALL,
  'webhooks:write': ALL,
  'webhooks:events:read': ALL,
  'webhooks:events:delete': ALL,
  'search:users': ALL,
  'search:chats': ALL,
  'search:messages': ALL,
};

/**
 * Every scope a token of this role can hold, in the spec's order (used for token info and as
 * the default scope set of new tokens and bots).
 * @param {string} role
 * @returns {string[]}
 */
function scopesForRole(role) {
	return Object.keys(SCOPE_ROLES).filter((s) => SCOPE_ROLES[s].includes(role));
}

/**
 * @param {string} scope
 * @param {string} role
 */
function roleMayHold(scope, role) {
	return (SCOPE_ROLES[scope] || []).includes(role);
}

module.exports = { SCOPE_ROLES, scopesForRole, roleMayHold };
