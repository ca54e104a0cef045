import { searchList } from '../../../harness';
import { credentialsFor, lastRequest, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

describe('group tag picker', () => {
	it('lists every tag when nothing is typed', async () => {
		const result = await searchList({ method: 'searchGroupTags', credentials: credentialsFor(fake) });
		expect(lastRequest(fake)).toMatchObject({
			method: 'GET',
			path: '/group_tags',
			role: 'bot',
			query: { limit: '50' },
		});
		expect(result.results).toEqual([
			{ name: 'Design', value: '11' },
			{ name: 'Backend', value: '12' },
			{ name: 'Frontend', value: '13' },
		]);
	});

	it('matches typed text anywhere in the name, across pages', async () => {
		for (let i = 0; i < 60; i++) fake.state.groupTags.set(100 + i, { id: 100 + i, name: `Team ${i}` });
		const result = await searchList({ method: 'searchGroupTags', filter: 'END', credentials: credentialsFor(fake) });
		expect(fake.requests.filter((r) => r.path === '/group_tags').length).toBe(2);
		expect(result.results).toEqual([
			{ name: 'Backend', value: '12' },
			{ name: 'Frontend', value: '13' },
		]);
		expect(result.paginationToken).toBeUndefined();
	});
});
