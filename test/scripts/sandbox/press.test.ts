import { formPage, notePage } from '../../../nodes/Pachca/sendAndWait/page';
import { PachcaSandbox } from '../../../scripts/sandbox/server';
import { press } from '../../../scripts/sandbox/actions';
import { startLinkServer } from './link-server';

const fields = [
	{ label: 'Name', type: 'text' as const, required: true, options: [] },
	{ label: 'Copies', type: 'number' as const, required: false, options: [] },
];

/** The node's own pages: a form under /form (a note after its POST), a note elsewhere. */
const render = ({ method, url }: { method?: string; url?: string }) =>
	url?.startsWith('/form') && method !== 'POST'
		? formPage({ title: 'Order', description: 'Fill in', button: 'Send', fields })
		: notePage(url?.startsWith('/form') ? '✅ Answered' : '✅ Approved', 'Thanks');

/**
 * `npm run sandbox -- press` on URL buttons: the link is followed as a person's browser would
 * (a browser's user agent), and a form page it opens is filled by field label and posted back
 * as multipart/form-data.
 */
describe('the sandbox presses URL buttons', () => {
	let links: Awaited<ReturnType<typeof startLinkServer>>;
	const sandbox = new PachcaSandbox({ port: 0, log: () => {} });
	beforeAll(async () => {
		links = await startLinkServer(render);
		await sandbox.start();
	});
	afterAll(async () => {
		await sandbox.stop();
		await links.stop();
	});

	const botMessage = (buttons: unknown) =>
		sandbox.fake.state.addMessage({ chat_id: 101, user_id: 3, content: 'Question?', files: [], buttons });

	it('follows an approval link with a browser user agent and reports the page', async () => {
		const message = botMessage([[{ text: '✅ Approve', url: `${links.origin}/approve?x=1` }]]);
		const pressed = (await press(sandbox, { message_id: message.id, data: '✅ Approve' })) as Record<string, unknown>;
		expect(pressed).toMatchObject({ status: 200, page: expect.stringContaining('✅ Approved') });
		expect(links.seen.pop()).toMatchObject({ method: 'GET', agent: expect.stringMatching(/^Mozilla\/5\.0 /) });
	});

	it('lists a form page’s fields, then posts the values by label as multipart/form-data', async () => {
		const message = botMessage([[{ text: 'Respond', url: `${links.origin}/form` }]]);
		const opened = (await press(sandbox, { message_id: message.id })) as Record<string, unknown>;
		expect(opened.form).toEqual(['Name', 'Copies']);
		await press(sandbox, { message_id: message.id, values: { Name: 'Anna', Copies: 2 } });
		const post = links.seen.pop();
		expect(post?.type).toMatch(/^multipart\/form-data; boundary=/);
		expect(post?.body).toMatch(/name="field-0"\r\n\r\nAnna\r\n/);
		expect(post?.body).toMatch(/name="field-1"\r\n\r\n2\r\n/);
		await expect(press(sandbox, { message_id: message.id, values: { Nope: 1 } })).rejects.toThrow(
			'The form has no field "Nope" (fields: Name, Copies).',
		);
	});

	it('follows loopback links only', async () => {
		const message = botMessage([[{ text: 'Out', url: 'https://example.com/x' }]]);
		await expect(press(sandbox, { message_id: message.id })).rejects.toThrow(
			'"Out" links to https://example.com; the sandbox follows loopback links only.',
		);
	});
});
