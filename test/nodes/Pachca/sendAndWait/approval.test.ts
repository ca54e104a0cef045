import type { IDataObject } from 'n8n-workflow';

import { DATA_BUTTON_HEADER, linkOfData } from '../../../../nodes/shared/sendAndWait/dataButton';
import { startWaiting } from '../../../harness';
import { askInChat, byId, credentialsFor, newestMessage, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

const ask = (extra: IDataObject = {}) => askInChat('Ship release 1.2?', extra);

const start = async (parameters: Record<string, unknown>) =>
	await startWaiting({ parameters, credentials: credentialsFor(fake), items: [{ json: { release: '1.2' } }] });

describe('Message → Send and Wait for Response: approval', () => {
	it('posts the question, adds signed Approve/Decline links naming the message, and waits', async () => {
		const waiting = await start(ask({ approvalOptions: { values: { approvalType: 'double' } } }));
		expect(waiting.error).toBeUndefined();
		expect(waiting.waitTill).toBeInstanceOf(Date);
		const [post, put] = fake.requests;
		expect(post).toMatchObject({ method: 'POST', path: '/messages', role: 'bot' });
		expect(post.body).toEqual({ message: { entity_type: 'discussion', entity_id: 101, content: 'Ship release 1.2?' } });
		const message = newestMessage(fake);
		expect(put).toMatchObject({ method: 'PUT', path: `/messages/${message.id}` });
		const [[approve, decline]] = message.buttons;
		expect(approve.text).toBe('✅ Approve');
		expect(decline.text).toBe('❌ Decline');
		const url = new URL(approve.url);
		expect(url.pathname).toBe('/webhook-waiting/test-execution/node-1');
		expect(url.searchParams.get('approved')).toBe('true');
		expect(url.searchParams.get('message')).toBe(String(message.id));
		expect(url.searchParams.get('signature')).toMatch(/^[0-9a-f]{64}$/);
		expect(new URL(decline.url).searchParams.get('approved')).toBe('false');
		// While it waits the node's output is its input (n8n shows it until the answer replaces it).
		expect(waiting.output.map((item) => item.json)).toEqual([{ release: '1.2' }]);
		const everything = JSON.stringify([fake.requests.map((r) => r.body), waiting.output]);
		for (const token of Object.values(fake.tokens)) expect(everything).not.toContain(token);
	});

	it("ignores a crawler's and a link preview's GET, refuses a forged link, and resumes on a person's click", async () => {
		const waiting = await start(ask({ approvalOptions: { values: { approvalType: 'double' } } }));
		const [[approve, decline]] = newestMessage(fake).buttons;
		for (const userAgent of ['', 'Slackbot-LinkExpanding 1.0', 'Mozilla/5.0 (compatible; Googlebot/2.1)', 'curl/8.5']) {
			const visit = await waiting.resume(approve.url, { userAgent });
			expect(visit.resumed).toBeUndefined();
		}
		const forged = new URL(decline.url);
		forged.searchParams.set('approved', 'true');
		expect((await waiting.resume(forged.toString())).status).toBe(401);
		const unsigned = new URL(approve.url);
		unsigned.searchParams.delete('signature');
		expect((await waiting.resume(unsigned.toString())).status).toBe(401);
		expect(waiting.state.finished).toBe(false);
		fake.clearRequests();

		const click = await waiting.resume(decline.url);
		expect(click.status).toBe(200);
		expect(click.page).toContain('❌ Declined');
		expect(click.resumed).toHaveLength(1);
		expect(click.resumed?.[0].json).toEqual({ data: { approved: false, respondedAt: expect.any(String) } });
		// The message loses its buttons and shows the outcome.
		const message = newestMessage(fake);
		expect(message.buttons).toBeNull();
		expect(message.content).toBe('Ship release 1.2?\n\n❌ Declined');
		expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /messages/${message.id}`,
			`PUT /messages/${message.id}`,
		]);
		const again = await waiting.resume(approve.url);
		expect(again.page).toBe('send-and-wait-no-action-required');
		expect(again.resumed).toBeUndefined();
	});

	it('Approve Only: one button with its label; approved is true; the edit can be turned off', async () => {
		const waiting = await start(
			ask({ approvalOptions: { values: { approveLabel: 'Ship it' } }, sendAndWaitOptions: { editAfterAnswer: false } }),
		);
		const message = newestMessage(fake);
		expect(message.buttons).toEqual([[{ text: 'Ship it', url: expect.stringContaining('approved=true') }]]);
		fake.clearRequests();
		const click = await waiting.resume(message.buttons[0][0].url);
		expect(click.resumed?.[0].json.data).toMatchObject({ approved: true });
		expect(fake.requests).toEqual([]);
		expect(newestMessage(fake).buttons).toHaveLength(1);
	});

	it('states the deadline of Limit Wait Time and waits until then; at the limit the input passes on', async () => {
		const before = Date.now();
		const waiting = await start(
			ask({
				sendAndWaitOptions: {
					limitWaitTime: { values: { limitType: 'afterTimeInterval', resumeAmount: 2, resumeUnit: 'hours' } },
				},
			}),
		);
		const waitTill = (waiting.waitTill as Date).getTime();
		expect(waitTill - before).toBeGreaterThanOrEqual(2 * 3600_000 - 1000);
		expect(waitTill - before).toBeLessThan(2 * 3600_000 + 5000);
		expect(newestMessage(fake).content).toMatch(
			/^Ship release 1\.2\?\n\n⏳ Answer by \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC$/,
		);
		expect(waiting.expire()).toEqual([{ json: { release: '1.2' } }]);
		const late = await waiting.resume(newestMessage(fake).buttons[0][0].url);
		expect(late.page).toBe('send-and-wait-no-action-required');
	});

	it('refuses a label over 255 characters and a missing chat before sending anything', async () => {
		const long = await start(ask({ approvalOptions: { values: { approveLabel: 'x'.repeat(256) } } }));
		expect(long.error?.message).toBe('Approve Button Label is longer than 255 characters.');
		const noChat = await start(ask({ sendToChat: byId('list', 'general') }));
		expect(noChat.error?.message).toBe('Chat must be a numeric ID, got "general".');
		expect(fake.requests).toEqual([]);
	});

	it("Answer In: Pachca — Data buttons carrying the signed link; the Trigger's request (no browser) resumes", async () => {
		const waiting = await start(ask({ answerIn: 'pachca', approvalOptions: { values: { approvalType: 'double' } } }));
		const [[approve, decline]] = newestMessage(fake).buttons as unknown as Array<Array<{ text: string; data: string }>>;
		expect(approve.data).toMatch(/^n8n-wait\|\/webhook-waiting\|test-execution\|node-1\|1\|\d+\|[0-9a-f]{64}$/);
		expect(decline.data.length).toBeLessThanOrEqual(255);
		const link = `http://127.0.0.1:5678${linkOfData(decline.data)}`;
		expect((await waiting.resume(link, { userAgent: 'Pachca Trigger' })).resumed).toBeUndefined();
		const pressed = await waiting.resume(link, { userAgent: 'Pachca Trigger', headers: { [DATA_BUTTON_HEADER]: '1' } });
		expect(pressed.resumed?.[0].json.data).toMatchObject({ approved: false });
	});

	it('sends to a user and to a thread with the same pickers as Send a Message', async () => {
		await start(ask({ sendTo: 'user', sendToUser: byId('url', 'https://app.pachca.com/users/5') }));
		expect(fake.requests[0].body).toMatchObject({ message: { entity_type: 'user', entity_id: 5 } });
	});
});
