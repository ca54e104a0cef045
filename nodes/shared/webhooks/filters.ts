import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { InputError, toIdList, toTextList } from '../api/validation';
import { EVENT_NAMES, TRIGGER_EVENTS } from './events';

/** Event choice shared by the webhook and the polling trigger. */
export const eventsField: INodeProperties = {
	displayName: 'Events',
	name: 'events',
	type: 'multiOptions',
	options: TRIGGER_EVENTS,
	default: ['message_new'],
	required: true,
	description: 'The Pachca events that start the workflow',
};

export const filtersField: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: [
		{
			displayName: 'Chat IDs',
			name: 'chatIds',
			type: 'string',
			default: '',
			placeholder: '101, 102',
			description:
				'Only events from these chats (a thread counts as its chat). Events that have no chat, such as ' +
				'workspace member changes, are not affected.',
		},
		{
			displayName: 'Commands',
			name: 'commands',
			type: 'string',
			default: '',
			placeholder: '/deploy, /help',
			description:
				'Only new and edited messages whose first word is one of these commands. Other event types are not affected.',
		},
		{
			displayName: "Ignore Bot's Own Messages",
			name: 'ignoreOwnMessages',
			type: 'boolean',
			default: false,
			description:
				'Whether to skip message events written by the bot itself, so a workflow that replies as the bot does not trigger itself',
		},
	],
};

export interface TriggerFilters {
	events: string[];
	commands: string[];
	chatIds: number[];
	ignoreOwnMessages: boolean;
}

/** Reads and checks the event choice and filters; throws InputError naming the field. */
export function readTriggerFilters(events: unknown, filters: IDataObject): TriggerFilters {
	const chosen = Array.isArray(events) ? events.map(String) : [];
	if (chosen.length === 0) throw new InputError('Events is empty. Pick at least one event to listen for.');
	const unknown = chosen.find((name) => !EVENT_NAMES.includes(name));
	if (unknown)
		throw new InputError(`Events contains "${unknown}", which Pachca does not send. Pick events from the list.`);
	const commandText = String(filters.commands ?? '').trim();
	const commands =
		commandText === '' ? [] : toTextList(commandText, 'Commands').map((command) => command.toLowerCase());
	const bad = commands.find((command) => !/^\/\S+$/.test(command));
	if (bad)
		throw new InputError(
			`Commands: "${bad}" is not a command. Write each as one word starting with "/", for example /deploy, /help.`,
		);
	const chatText = String(filters.chatIds ?? '').trim();
	return {
		events: chosen,
		commands,
		chatIds: chatText === '' ? [] : toIdList(chatText, 'Chat IDs'),
		ignoreOwnMessages: filters.ignoreOwnMessages === true,
	};
}

function chatsOf(payload: IDataObject): number[] {
	const thread = payload.thread as IDataObject | null | undefined;
	return [payload.chat_id, thread?.message_chat_id].filter((id): id is number => typeof id === 'number');
}

/**
 * Why this event does not start the workflow, or undefined when it does. `botUserId` is the
 * bot's own user ID, needed only when own messages are ignored.
 */
export function skipReason(
	payload: IDataObject,
	eventName: string,
	filters: TriggerFilters,
	botUserId?: number,
): string | undefined {
	if (!filters.events.includes(eventName)) return `event ${eventName || 'unknown'} is not selected`;
	const isMessage = payload.type === 'message';
	if (filters.commands.length > 0 && (eventName === 'message_new' || eventName === 'message_update')) {
		const firstWord = String(payload.content ?? '')
			.trim()
			.split(/\s+/)[0]
			.toLowerCase();
		if (!filters.commands.includes(firstWord)) return 'message does not start with a selected command';
	}
	if (filters.chatIds.length > 0 && 'chat_id' in payload) {
		if (!chatsOf(payload).some((id) => filters.chatIds.includes(id))) return 'chat is not selected';
	}
	if (filters.ignoreOwnMessages && isMessage && botUserId !== undefined && payload.user_id === botUserId) {
		return "message is the bot's own";
	}
	return undefined;
}
