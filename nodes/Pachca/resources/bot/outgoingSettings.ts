import type { INodeProperties } from 'n8n-workflow';

import type { CollectionOption } from '../../fields/collection';
import type { Target } from '../../../shared/send/checkFields';

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

/** How the bot's outgoing webhook reaches a workflow: where, for which events and messages. */
export function outgoingSettings(option: CollectionOption, at: (name: string) => Target): INodeProperties[] {
	return [
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
	];
}
