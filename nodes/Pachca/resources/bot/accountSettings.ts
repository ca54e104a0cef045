import type { INodeProperties } from 'n8n-workflow';

import type { CollectionOption } from '../../fields/collection';
import type { Target } from '../../../shared/send/checkFields';

/** Scopes a bot token may hold (Pachca's scope → roles table). */
// prettier-ignore
const BOT_SCOPES = [
	'bot_self:webhook:write', 'bot_self:write', 'chat_members:read', 'chat_members:write', 'chats:archive', 'chats:create', 'chats:leave',
	'chats:read', 'chats:update', 'custom_properties:read', 'files:read', 'files:write', 'group_tags:read', 'link_previews:write',
	'messages:create', 'messages:delete', 'messages:read', 'messages:update', 'pins:write', 'profile:read', 'profile_avatar:write',
	'profile_status:read', 'profile_status:write', 'reactions:read', 'reactions:write', 'search:chats', 'search:messages', 'search:users',
	'tasks:create', 'tasks:delete', 'tasks:read', 'tasks:update', 'threads:create', 'threads:read', 'uploads:write', 'user_status:read',
	'users:read', 'views:write', 'webhooks:events:delete', 'webhooks:events:read', 'webhooks:read', 'webhooks:write',
].map((scope) => ({ name: scope, value: scope }));

/** The bot as an account: who may change or add it, its scopes and nickname, its incoming webhook. */
export function accountSettings(option: CollectionOption, at: (name: string) => Target): INodeProperties[] {
	return [
		option(
			{
				displayName: 'Can Edit',
				name: 'can_edit',
				type: 'multiOptions',
				default: [],
				options: [
					{ name: 'Administrators', value: 'admin' },
					{ name: 'Chat Owners', value: 'chat_owners', description: 'Owners of chats the bot is in' },
				],
				description: 'Who besides the creator may change the bot; none selected means only the creator',
			},
			at('can_edit'),
		),
		option(
			{
				displayName: 'Challenge Key',
				name: 'challenge_key',
				type: 'string',
				default: '',
				description: 'Field name used to verify the incoming webhook',
			},
			at('challenge_key'),
		),
		option(
			{
				displayName: 'Nickname',
				name: 'nickname',
				type: 'string',
				default: '',
				placeholder: 'e.g. reports_bot',
				description: 'Bot username; must end with _bot',
			},
			at('nickname'),
		),
		option(
			{
				displayName: 'Scopes',
				name: 'scopes',
				type: 'multiOptions',
				default: [],
				options: BOT_SCOPES,
				description: 'Permissions of the bot token; without it the bot gets the default set',
			},
			at('scopes'),
		),
		option(
			{
				displayName: 'Template',
				name: 'template',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				description: 'Template that formats incoming webhook messages',
			},
			at('template'),
		),
		option(
			{
				displayName: 'Template Engine',
				name: 'template_engine',
				type: 'options',
				default: 'liquid',
				options: [
					{ name: 'Liquid', value: 'liquid', description: 'Conditions, loops and filters' },
					{ name: 'Mustache', value: 'mustache', description: 'Plain substitution' },
				],
			},
			at('template_engine'),
		),
		option(
			{
				displayName: 'Who Can Add',
				name: 'who_can_add',
				type: 'options',
				default: 'creator',
				options: [
					{ name: 'Anyone (Including Guests)', value: 'anyone' },
					{ name: 'Creator', value: 'creator' },
					{ name: 'Creator and Admins', value: 'creator_admin' },
					{ name: 'Creator, Admins and Employees', value: 'creator_admin_user' },
				],
				description: 'Who may add the bot to chats',
			},
			at('who_can_add'),
		),
	];
}
