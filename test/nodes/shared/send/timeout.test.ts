import type { IDataObject } from 'n8n-workflow';

import { DEFAULT_TIMEOUT_MS, requestTimeout } from '../../../../nodes/shared/send/planCall';
import type { LoggedRequest } from '../../../support/pachca';
import { byId, run, runFailing, runItems, sendToChat, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

// A short Request Options → Timeout keeps these tests fast; the fake drops held requests once the client gives up.
const quick = { requestOptions: { timeout: 300 } };
const getChat = { resource: 'chat', operation: 'get', selectedChatId: byId('id', 102), ...quick };
const send = sendToChat(101, '={{ $json.text }}', quick);
const calls = (method: string, path: string) =>
	fake.requests.filter((r: LoggedRequest) => r.method === method && r.path === path);

afterEach(() => fake.clearFailures());

describe('a request that never answers fails by itself', () => {
	it('a GET is retried once, then fails naming the wait and where to change it', async () => {
		fake.failRoute({ method: 'GET', path: '/chats/{id}', hang: true, times: 5 });
		const error = await runFailing(fake, getChat);
		expect(error.message).toBe('Pachca: no answer within 300 ms (timed out)');
		expect(error.description).toContain('Request Options → Timeout (60 s when not set)');
		expect(calls('GET', '/chats/102')).toHaveLength(2);
	});

	it('a GET that hangs once succeeds on the retry', async () => {
		fake.failRoute({ method: 'GET', path: '/chats/{id}', hang: true });
		const [chat] = await run(fake, getChat);
		expect(chat.id).toBe(102);
		expect(calls('GET', '/chats/102')).toHaveLength(2);
	});

	it('a POST is sent once and reported as maybe applied', async () => {
		fake.failRoute({ method: 'POST', path: '/messages', hang: true });
		const error = await runFailing(fake, send, { items: [{ json: { text: 'hi' } }] });
		expect(error.message).toBe(
			'Pachca did not confirm POST /messages (timed out); it may or may not have been applied',
		);
		expect(error.description).toContain('got no answer within 300 ms');
		expect(calls('POST', '/messages')).toHaveLength(1);
	});

	it('under Continue On Fail the hung item fails and the others are sent', async () => {
		fake.failRoute({ method: 'POST', path: '/messages', hang: true, after: 1 });
		const items = ['one', 'two', 'three'].map((text) => ({ json: { text } as IDataObject }));
		const output = await runItems(fake, send, { items, continueOnFail: true });
		expect(output.map((item) => item.json.error ?? item.json.content)).toEqual([
			'one',
			'Pachca did not confirm POST /messages (timed out); it may or may not have been applied [item 1]',
			'three',
		]);
		expect(calls('POST', '/messages').map((r) => (r.body as { message: { content: string } }).message.content)).toEqual(
			['one', 'two', 'three'],
		);
	});
});

describe('the timeout', () => {
	const reader = (requestOptions: IDataObject) => ({
		getNodeParameter: (_name: string, fallback: unknown) => requestOptions ?? fallback,
	});

	it("is 60 s unless Request Options → Timeout is set (n8n's own default would be 300 s)", () => {
		expect(DEFAULT_TIMEOUT_MS).toBe(60_000);
		expect(requestTimeout(reader({}))).toBe(60_000);
		expect(requestTimeout(reader({ timeout: 5000 }))).toBe(5000);
		expect(requestTimeout(reader({ proxy: 'http://127.0.0.1:1' }))).toBe(60_000);
	});
});
