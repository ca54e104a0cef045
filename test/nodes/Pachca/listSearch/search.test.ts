import { loadOptions, searchList } from '../../../harness';
import { credentialsFor, lastRequest, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

describe('pickers', () => {
	it('lists chats when nothing is typed', async () => {
		const result = await searchList({ method: 'searchChats', credentials: credentialsFor(fake) });
		expect(lastRequest(fake)).toMatchObject({ method: 'GET', path: '/chats', role: 'bot' });
		expect(result.results).toEqual(
			expect.arrayContaining([expect.objectContaining({ name: 'Project Apollo (group chat)', value: '102' })]),
		);
	});

	it('searches chats by the typed text', async () => {
		const result = await searchList({ method: 'searchChats', filter: 'apollo', credentials: credentialsFor(fake) });
		expect(lastRequest(fake)).toMatchObject({ method: 'GET', path: '/search/chats', query: { query: 'apollo' } });
		expect(result.results.map((r) => r.value)).toEqual(['102']);
	});

	it('searches users by the typed text', async () => {
		const result = await searchList({ method: 'searchUsers', filter: 'pavel', credentials: credentialsFor(fake) });
		expect(lastRequest(fake)).toMatchObject({ method: 'GET', path: '/users', query: { query: 'pavel' } });
		expect(result.results).toEqual([{ name: 'Pavel Sokolov (@pavel)', value: '5' }]);
	});

	it('marks personal chats, channels and group chats, since a name alone does not tell', async () => {
		const result = await searchList({ method: 'searchChats', credentials: credentialsFor(fake) });
		expect(result.results).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ name: 'Anna Ivanova (personal chat)', value: '104' }),
				expect.objectContaining({ name: 'General (channel)', value: '101' }),
				expect.objectContaining({ name: 'Project Apollo (group chat)', value: '102' }),
			]),
		);
		// Every chat the picker offers says which kind it is.
		expect(result.results.filter((chat) => !/\((personal chat|channel|group chat)\)$/.test(chat.name))).toEqual([]);
	});

	it('lists chats and users for the multi-value pickers', async () => {
		const chats = await loadOptions({ method: 'getChats', credentials: credentialsFor(fake) });
		expect(chats).toEqual(expect.arrayContaining([{ name: 'Project Apollo (group chat)', value: '102' }]));
		const users = await loadOptions({ method: 'getUsers', credentials: credentialsFor(fake) });
		expect(users).toEqual(expect.arrayContaining([{ name: 'Pavel Sokolov (@pavel)', value: '5' }]));
	});
});
