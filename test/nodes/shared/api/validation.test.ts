import { byId, runFailing, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

describe('bad input is refused before any request, naming the field', () => {
	it.each([
		[
			'a non-numeric chat ID',
			{ resource: 'chat', operation: 'get', selectedChatId: byId('id', 'abc') },
			'Chat must be a positive whole number; got "abc"',
		],
		[
			'a zero message ID',
			{ resource: 'message', operation: 'get', messageId: 0 },
			'Message ID must be a positive whole number',
		],
		[
			'a negative user in a list',
			{ resource: 'chatMember', operation: 'add', memberChatId: byId('id', 101), userIds: '4, -5' },
			'User IDs (entry 2) must be a positive whole number; got "-5"',
		],
		[
			'empty message text',
			{ resource: 'message', operation: 'create', entityType: 'discussion', chatId: byId('id', 101), content: '   ' },
			'Text is empty',
		],
		[
			'buttons that are not JSON',
			{
				resource: 'message',
				operation: 'create',
				entityType: 'discussion',
				chatId: byId('id', 101),
				content: 'hi',
				additionalFields: { buttons: '[[{"text": "x"}' },
			},
			'Buttons as JSON (Instead of Buttons) (in Additional Fields) is not valid JSON',
		],
		[
			'an invalid date',
			{
				resource: 'thread',
				operation: 'getAll',
				returnAll: true,
				threadFilters: { last_message_at_after: 'yesterday-ish' },
			},
			'Last Message After (in Filters) is not a valid date',
		],
		[
			'a rate of 0 in Rate Limits',
			{
				resource: 'chat',
				operation: 'get',
				selectedChatId: byId('id', 101),
				nodeOptions: { rateLimits: { otherPerSecond: 0 } },
			},
			'Other Requests per Second (in Token and Rate Limits › Rate Limits) must be a number above 0',
		],
	])('%s', async (_case, parameters, message) => {
		const error = await runFailing(fake, parameters);
		expect(error.message).toContain(message);
		expect(fake.requests).toHaveLength(0);
	});
});
