import type { OperationSpec } from './spec';

/** Bots and the bot's webhook event history. */
export const BOTS = {
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
