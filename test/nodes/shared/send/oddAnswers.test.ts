import type { IDataObject } from 'n8n-workflow';

import { searchList } from '../../../harness';
import type { LoggedRequest } from '../../../support/pachca';
import { byId, credentialsFor, run, runFailing, runItems, sendToChat, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

const getChats = { resource: 'chat', operation: 'getAll', returnAll: false, limit: 5 };
const send = sendToChat(101, 'hi');
const calls = (method: string, path: string) =>
	fake.requests.filter((r: LoggedRequest) => r.method === method && r.path === path).length;

afterEach(() => fake.clearFailures());

describe('a 2xx answer that is not JSON is an error, never an empty success', () => {
	it('a GET cut short every time: retried, then an error with the status, content type and opening', async () => {
		fake.failRoute({ method: 'GET', path: '/chats', truncate: 24, times: 4 });
		const error = await runFailing(fake, getChats);
		expect(error.message).toBe('Pachca: the answer is not complete JSON (HTTP 200)');
		expect(error.description).toContain("Pachca's answer was cut short or replaced on the way");
		expect(error.description).toContain(
			'HTTP 200 OK, application/json; charset=utf-8, 24 bytes, starting with: {"data":[{"id":',
		);
		expect(calls('GET', '/chats')).toBe(4);
	});

	it('a GET cut short once: the retry brings the real chats', async () => {
		fake.failRoute({ method: 'GET', path: '/chats', truncate: 24 });
		const chats = await run(fake, getChats);
		expect(chats.length).toBeGreaterThan(1);
		expect(chats.every((chat) => typeof chat.id === 'number')).toBe(true);
		expect(calls('GET', '/chats')).toBe(2);
	});

	it('a POST answered with a cut-off body is sent once and reported as maybe applied', async () => {
		fake.failRoute({ method: 'POST', path: '/messages', truncate: 10 });
		const error = await runFailing(fake, send);
		expect(error.message).toBe('Pachca did not confirm POST /messages (HTTP 201); it may or may not have been applied');
		expect(error.description).toContain('Not retried, so nothing is done twice');
		expect(error.description).toContain('starting with: {"data":{"');
		expect(calls('POST', '/messages')).toBe(1);
	});

	it('a web page with 200 (a Base URL pointing at a web site) names the page', async () => {
		fake.failRoute({
			method: 'GET',
			path: '/chats/{id}',
			status: 200,
			body: '<!DOCTYPE html><html><head><title>Welcome to Example</title></head><body>Hi</body></html>',
			headers: { 'content-type': 'text/html; charset=utf-8' },
			times: 4,
		});
		const error = await runFailing(fake, { resource: 'chat', operation: 'get', selectedChatId: byId('id', 102) });
		expect(error.message).toBe('Pachca: the answer is a web page "Welcome to Example", not JSON (HTTP 200)');
		expect(error.description).toContain('the Base URL in the Pachca API credential points at a web site');
		expect(error.description).not.toContain('<body>');
	});

	it('a list search in the editor (not routed) gets the same check', async () => {
		fake.failRoute({ method: 'GET', path: '/chats', truncate: 30, times: 4 });
		const failure = await searchList({ method: 'searchChats', credentials: credentialsFor(fake) }).then(
			() => undefined,
			(error: Error) => error,
		);
		expect(failure?.message).toBe('Pachca: the answer is not complete JSON (HTTP 200)');
	});
});

describe('error pages that are not JSON become readable', () => {
	it("nginx's 502 page: the page's title, the status line and a hint at the proxy, no HTML", async () => {
		fake.failRoute({ method: 'GET', path: '/chats', status: 502, page: true, times: 4 });
		const error = await runFailing(fake, getChats);
		expect(error.message).toBe('Pachca: 502 Bad Gateway (HTTP 502)');
		expect(error.httpCode).toBe('502');
		expect(error.description).toContain(
			'Something between n8n and Pachca (a proxy, gateway or firewall) answered instead of Pachca',
		);
		expect(error.description).toContain('(HTTP 502 Bad Gateway, text/html,');
		expect(`${error.message} ${error.description}`).not.toMatch(/<\w+/);
		expect(calls('GET', '/chats')).toBe(4);
	});

	it('a 502 page for a POST: sent once, maybe applied, the page named in the hint', async () => {
		fake.failRoute({ method: 'POST', path: '/messages', status: 502, page: true });
		const error = await runFailing(fake, send);
		expect(error.message).toBe('Pachca did not confirm POST /messages (HTTP 502); it may or may not have been applied');
		expect(error.description).toContain('Something between n8n and Pachca');
		expect(calls('POST', '/messages')).toBe(1);
	});

	it('a plain-text error shows its text; under Continue On Fail the other items go on', async () => {
		fake.failRoute({ method: 'GET', path: '/chats/{id}', status: 403, body: 'Forbidden by the firewall', after: 1 });
		const items = ['102', '102', '102'].map((id) => ({ json: { id } as IDataObject }));
		const output = await runItems(
			fake,
			{ resource: 'chat', operation: 'get', selectedChatId: byId('id', '={{ $json.id }}') },
			{ items, continueOnFail: true },
		);
		expect(output.map((item) => item.json.error ?? item.json.id)).toEqual([
			102,
			'Pachca: Forbidden by the firewall (HTTP 403) [item 1]',
			102,
		]);
		expect(String(output[1].json.description)).toContain(
			"something other than Pachca's API may have answered (HTTP 403 Forbidden, text/plain; charset=utf-8, " +
				'25 bytes, starting with: Forbidden by the firewall)',
		);
	});
});
