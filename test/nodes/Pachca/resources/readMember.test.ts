import { lastRequest, run, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

describe('Read Member', () => {
	it('outputs one item per user ID that read the message, 300 a page', async () => {
		const items = await run(fake, {
			resource: 'readMember',
			operation: 'getAll',
			readMemberMessageId: 1001,
			returnAll: true,
		});
		expect(lastRequest(fake)).toMatchObject({
			method: 'GET',
			path: '/messages/1001/read_member_ids',
			role: 'bot',
			query: { limit: '300' },
		});
		expect(items).toEqual((fake.state.readers.get(1001) ?? []).map((user_id: number) => ({ user_id })));
		expect(items.length).toBeGreaterThan(3);
	});
});
