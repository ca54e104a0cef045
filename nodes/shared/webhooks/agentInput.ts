import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { SendContext } from '../send/sendCall';
import { botNickname } from './botIdentity';

/**
 * What n8n's AI Agent and its memory nodes read from a chat trigger by default: `chatInput` (the
 * prompt "from the connected chat trigger") and `sessionId` (the memory's key "from input").
 * Both Pachca triggers add them beside the event, so Trigger → AI Agent needs no expressions.
 */

export type SessionScope = 'thread' | 'chat' | 'chatUser';

export const sessionOption: INodeProperties = {
	displayName: 'AI Agent Session',
	name: 'sessionScope',
	type: 'options',
	default: 'thread',
	description:
		"Which messages are one conversation in the AI Agent's memory: sets each event's sessionId. Events also carry chatInput, the message text without the bot's @mention or the command.",
	options: [
		{
			name: 'Per Thread (Chat Outside Threads)',
			value: 'thread',
			description: "Each thread is its own conversation; messages in the chat outside threads share the chat's",
		},
		{
			name: 'Per Chat',
			value: 'chat',
			description: 'A chat and all its threads are one conversation',
		},
		{
			name: 'Per Person in a Chat',
			value: 'chatUser',
			description: 'Each person has their own conversation in each chat (its threads included)',
		},
	],
};

export function readSessionScope(options: IDataObject): SessionScope {
	const scope = options.sessionScope;
	return scope === 'chat' || scope === 'chatUser' ? scope : 'thread';
}

/** The message events an agent answers: they get `chatInput`. */
const TEXT_EVENTS = new Set(['message_new', 'message_update']);

/** Whether the event's text is worth looking up the bot's nickname for (a mention may be in it). */
export function mayMentionSomeone(payload: IDataObject, eventName: string): boolean {
	return TEXT_EVENTS.has(eventName) && String(payload.content ?? '').includes('@');
}

const numberOr = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

/**
 * The conversation key. A thread is a chat of its own in Pachca (its messages carry the thread's
 * chat_id, and `thread.message_chat_id` names the chat it hangs off), so "per thread" keys by
 * chat_id; "per chat" keys a thread's messages by the chat it hangs off.
 */
export function sessionIdOf(payload: IDataObject, scope: SessionScope): string | undefined {
	const chatId = numberOr(payload.chat_id);
	if (chatId === undefined) return undefined;
	if (scope === 'thread') return `pachca-chat-${chatId}`;
	const thread = payload.thread as IDataObject | null | undefined;
	const rootChat = numberOr(thread?.message_chat_id) ?? numberOr(payload.root_chat_id) ?? chatId;
	if (scope === 'chat') return `pachca-chat-${rootChat}`;
	const userId = numberOr(payload.user_id);
	return userId === undefined ? `pachca-chat-${rootChat}` : `pachca-chat-${rootChat}-user-${userId}`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text for the agent: without the bot's own `@nickname` (with a comma or colon after it)
 * and without the matched command at the start ("/ask what is new" → "what is new").
 */
export function chatInputOf(content: string, commands: string[], botNickname?: string): string {
	let text = content;
	if (botNickname) {
		const mention = new RegExp(`(^|[^\\w@.])@${escapeRegExp(botNickname)}(?![\\w-])[,:]?[ \\t]*`, 'giu');
		text = text.replace(mention, '$1');
	}
	text = text.trim();
	const [first] = text.split(/\s/, 1);
	if (first && commands.includes(first.toLowerCase())) text = text.slice(first.length).trim();
	return text;
}

export interface AgentContext {
	scope: SessionScope;
	/** The trigger's Commands filter, lower case. */
	commands: string[];
	botNickname?: string;
}

/** The event as the trigger emits it: the payload, then `chatInput` (message events) and `sessionId`. */
export function withAgentFields(payload: IDataObject, eventName: string, context: AgentContext): IDataObject {
	const fields: IDataObject = {};
	if (payload.type === 'message' && TEXT_EVENTS.has(eventName))
		fields.chatInput = chatInputOf(String(payload.content ?? ''), context.commands, context.botNickname);
	const sessionId = sessionIdOf(payload, context.scope);
	if (sessionId !== undefined) fields.sessionId = sessionId;
	return { ...payload, ...fields };
}

export interface AgentSettings {
	scope: SessionScope;
	commands: string[];
	/** The trigger's Bot ID, when it names its bot. */
	botId?: number;
}

/**
 * The item json of one event for both triggers. The bot's nickname is asked of Pachca only for a
 * text with an @ in it, once per workflow (static data).
 */
export async function agentEvent(
	ctx: SendContext,
	store: IDataObject,
	payload: IDataObject,
	eventName: string,
	settings: AgentSettings,
): Promise<IDataObject> {
	const nickname = mayMentionSomeone(payload, eventName) ? await botNickname(ctx, store, settings.botId) : undefined;
	return withAgentFields(payload, eventName, { ...settings, botNickname: nickname });
}
