import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

/**
 * Every delivery type Pachca's outgoing webhook sends. The value is the name Pachca itself
 * uses (a bot's `events` list, `event_type` in the event history): `<payload type>_<payload event>`.
 */
export const TRIGGER_EVENTS: INodePropertyOptions[] = [
	{
		name: 'Button Clicked',
		value: 'button_click',
		description: 'A user pressed a data button in a message of the bot',
	},
	{ name: 'Chat Member Added', value: 'chat_member_add', description: 'Members joined a chat or thread the bot is in' },
	{
		name: 'Chat Member Removed',
		value: 'chat_member_remove',
		description: 'Members left or were removed from a chat or thread the bot is in',
	},
	{ name: 'Form Submitted', value: 'view_submit', description: 'A user submitted a form (view) the bot opened' },
	{
		name: 'Link Shared',
		value: 'message_link_shared',
		description: "A message contains a link to one of the unfurl bot's domains",
	},
	{ name: 'Message Deleted', value: 'message_delete', description: 'A message was deleted in a chat the bot is in' },
	{ name: 'Message Updated', value: 'message_update', description: 'A message was edited in a chat the bot is in' },
	{ name: 'New Message', value: 'message_new', description: 'A message was posted in a chat the bot is in' },
	{ name: 'Reaction Added', value: 'reaction_new', description: 'A reaction was added to a message' },
	{ name: 'Reaction Removed', value: 'reaction_delete', description: 'A reaction was removed from a message' },
	{ name: 'Video Call Finished', value: 'video_call_finished', description: 'A video call ended' },
	{
		name: 'Video Call Recording Ready',
		value: 'video_call_recording_ready',
		description: 'The recording of a video call is ready',
	},
	{
		name: 'Video Call Started',
		value: 'video_call_started',
		description: 'A video call started in a chat the bot is in',
	},
	{
		name: 'Workspace Member Activated',
		value: 'company_member_activate',
		description: 'A suspended employee was activated again',
	},
	{
		name: 'Workspace Member Confirmed',
		value: 'company_member_confirm',
		description: 'An invited employee accepted the invitation',
	},
	{
		name: 'Workspace Member Deleted',
		value: 'company_member_delete',
		description: 'An employee was removed from the workspace',
	},
	{
		name: 'Workspace Member Invited',
		value: 'company_member_invite',
		description: 'An employee was invited to the workspace',
	},
	{ name: 'Workspace Member Suspended', value: 'company_member_suspend', description: 'An employee was suspended' },
	{ name: 'Workspace Member Updated', value: 'company_member_update', description: "An employee's data changed" },
];

export const EVENT_NAMES = TRIGGER_EVENTS.map((option) => String(option.value));

/**
 * Form submissions reach the bot that opened the form whatever it subscribes to; Pachca's
 * `events` list has no entry for them, so they are never sent in a subscription.
 */
const NOT_SUBSCRIBABLE = new Set(['view_submit']);

/** The selected events a bot can be subscribed to through `PUT /bots/{id}`. */
export function subscribableEvents(selected: string[]): string[] {
	return selected.filter((name) => !NOT_SUBSCRIBABLE.has(name));
}

/** The event name of a delivered payload, e.g. `message_new`; '' when the payload has no type. */
export function eventNameOf(payload: IDataObject): string {
	const type = typeof payload.type === 'string' ? payload.type : '';
	const event = typeof payload.event === 'string' ? payload.event : '';
	return type && event ? `${type}_${event}` : '';
}
