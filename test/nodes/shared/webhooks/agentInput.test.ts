import { chatInputOf, sessionIdOf, withAgentFields } from '../../../../nodes/shared/webhooks/agentInput';
import { messagePayload } from '../../../support/triggers';

const inThread = messagePayload({
	entity_type: 'thread',
	entity_id: 501,
	chat_id: 105,
	thread: { message_id: 1003, message_chat_id: 101 },
});
const context = { scope: 'thread' as const, commands: ['/ask'], botNickname: 'demo_bot' };

describe('chatInput: the text an AI Agent reads', () => {
	it.each([
		['what is new', 'what is new'],
		['@demo_bot what is new', 'what is new'],
		['@Demo_Bot, what is new', 'what is new'],
		['@demo_bot: what is new', 'what is new'],
		['so @demo_bot what is new?', 'so what is new?'],
		['what is new @demo_bot', 'what is new'],
		['/ask what is new', 'what is new'],
		['/ASK  @demo_bot what is new', 'what is new'],
		['@demo_bot /ask what is new', 'what is new'],
		['/deploy prod', '/deploy prod'],
		['ask @demo_bot2 and @anna', 'ask @demo_bot2 and @anna'],
		['mail me at anna@demo_bot.example', 'mail me at anna@demo_bot.example'],
		['line one\n@demo_bot line two', 'line one\nline two'],
	])('%j gives %j', (content, expected) => {
		expect(chatInputOf(content, ['/ask'], 'demo_bot')).toBe(expected);
	});

	it('keeps every mention when the bot’s nickname is unknown', () => {
		expect(chatInputOf('@demo_bot what is new', [])).toBe('@demo_bot what is new');
	});

	it('is set for new and edited messages only, beside the whole event', () => {
		const edited = withAgentFields({ ...messagePayload({ event: 'update' }) }, 'message_update', context);
		expect(edited).toEqual({
			...messagePayload({ event: 'update' }),
			chatInput: 'Deploy finished',
			sessionId: 'pachca-chat-101',
		});
		const deleted = withAgentFields(messagePayload({ event: 'delete' }), 'message_delete', context);
		expect(deleted).not.toHaveProperty('chatInput');
		const reaction = { type: 'reaction', event: 'new', message_id: 7, code: '👍', user_id: 4, chat_id: 101 };
		expect(withAgentFields(reaction, 'reaction_new', context)).toEqual({ ...reaction, sessionId: 'pachca-chat-101' });
		const member = { type: 'company_member', event: 'invite', user_ids: [9] };
		expect(withAgentFields(member, 'company_member_invite', context)).toEqual(member);
	});
});

describe('sessionId: one conversation per …', () => {
	it('thread (default): a thread differs from its chat, and messages of each share one', () => {
		const chat = sessionIdOf(messagePayload(), 'thread');
		expect(chat).toBe('pachca-chat-101');
		expect(sessionIdOf(messagePayload({ id: 2, user_id: 9 }), 'thread')).toBe(chat);
		expect(sessionIdOf(inThread, 'thread')).toBe('pachca-chat-105');
		expect(sessionIdOf({ ...inThread, id: 9, user_id: 8 }, 'thread')).toBe('pachca-chat-105');
	});

	it('chat: a thread’s messages join the chat it hangs off', () => {
		expect(sessionIdOf(inThread, 'chat')).toBe('pachca-chat-101');
		expect(sessionIdOf(messagePayload(), 'chat')).toBe('pachca-chat-101');
		const standalone = { ...inThread, chat_id: 777, thread: null };
		expect(sessionIdOf(standalone, 'chat')).toBe('pachca-chat-777');
	});

	it('person in a chat: each person their own, threads included', () => {
		expect(sessionIdOf(messagePayload({ user_id: 4 }), 'chatUser')).toBe('pachca-chat-101-user-4');
		expect(sessionIdOf({ ...inThread, user_id: 4 }, 'chatUser')).toBe('pachca-chat-101-user-4');
		expect(sessionIdOf(messagePayload({ user_id: 5 }), 'chatUser')).toBe('pachca-chat-101-user-5');
	});

	it('is absent for events without a chat', () => {
		expect(sessionIdOf({ type: 'company_member', event: 'invite' }, 'thread')).toBeUndefined();
	});
});
