import type { INodeProperties } from 'n8n-workflow';

import type { CollectionOption } from '../../fields/collection';

// prettier-ignore
const EVENTS = [
	['Button Click', 'button_click'], ['Chat Member Added', 'chat_member_add'],
	['Chat Member Removed', 'chat_member_remove'], ['Employee Activated', 'company_member_activate'],
	['Employee Confirmed Invitation', 'company_member_confirm'], ['Employee Deleted', 'company_member_delete'],
	['Employee Invited', 'company_member_invite'], ['Employee Suspended', 'company_member_suspend'],
	['Employee Updated', 'company_member_update'], ['Link Shared (for Unfurling)', 'message_link_shared'],
	['Message Deleted', 'message_delete'], ['Message Edited', 'message_update'], ['New Message', 'message_new'],
	['Reaction Added', 'reaction_new'], ['Reaction Removed', 'reaction_delete'],
	['Video Call Finished', 'video_call_finished'], ['Video Call Recording Ready', 'video_call_recording_ready'],
	['Video Call Started', 'video_call_started'],
].map(([name, value]) => ({ name, value }));

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

/** Bot settings (the `webhook` object) shared by Create and Update; `single_chat` is create-only. */
export function settingsOptions(option: CollectionOption, withSingleChat: boolean): INodeProperties[] {
	const at = (name: string) => `body:webhook.${name}` as const;
	const options = [
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
				displayName: 'Commands',
				name: 'commands',
				type: 'string',
				default: '',
				placeholder: 'e.g. /help, /report',
				description: 'Comma-separated trigger words the bot reacts to when Trigger On is Commands',
			},
			at('commands'),
			'textList',
		),
		option(
			{
				displayName: 'Event History',
				name: 'events_history_enabled',
				type: 'boolean',
				default: false,
				description: "Whether to keep the bot's events for Webhook Event → Get Many",
			},
			at('events_history_enabled'),
		),
		option(
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				default: [],
				options: EVENTS,
				description: 'Events sent to the outgoing webhook',
			},
			at('events'),
		),
		option(
			{
				displayName: 'Ignore Own Messages',
				name: 'ignore_self_messages',
				type: 'boolean',
				default: false,
				description: 'Whether to skip messages the bot itself sent',
			},
			at('ignore_self_messages'),
		),
		option(
			{
				displayName: 'Link Previews',
				name: 'link_preview_enabled',
				type: 'boolean',
				default: true,
				description: 'Whether messages from the incoming webhook show link previews',
			},
			at('link_preview_enabled'),
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
				displayName: 'Outgoing Webhook URL',
				name: 'outgoing_url',
				type: 'string',
				default: '',
				description: "Where Pachca sends the bot's events; empty turns the webhook off",
			},
			at('outgoing_url'),
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
				displayName: 'Trigger On',
				name: 'trigger_on',
				type: 'options',
				default: 'commands',
				options: [
					{ name: 'All Messages', value: 'all_messages', description: "Every message in the bot's chats" },
					{ name: 'Commands', value: 'commands', description: 'Only messages with one of the commands' },
					{ name: 'Link Unfurling', value: 'unfurl', description: "Links to the bot's domains, for previews" },
				],
				description: 'Which messages reach the outgoing webhook',
			},
			at('trigger_on'),
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
	if (withSingleChat) {
		options.push(
			option(
				{
					displayName: 'Single Chat',
					name: 'single_chat',
					type: 'boolean',
					default: false,
					description: 'Whether the bot can be in only one group chat (cannot be changed later)',
				},
				at('single_chat'),
			),
		);
	}
	return options;
}
