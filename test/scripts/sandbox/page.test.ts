import { request } from 'undici';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PachcaSandbox } = require('../../../scripts/sandbox/server');

async function get(url: string): Promise<{ status: number; text: string }> {
	const response = await request(url, { headersTimeout: 5000, bodyTimeout: 5000 });
	return { status: response.statusCode, text: await response.body.text() };
}

describe('the sandbox page refreshes itself when what it shows changes', () => {
	let sandbox: { url: string; stop(): Promise<void>; start(): Promise<unknown> };
	beforeAll(async () => {
		sandbox = new PachcaSandbox({ port: 0, log: () => {} });
		await sandbox.start();
	});
	afterAll(async () => await sandbox.stop());

	const version = async () => JSON.parse((await get(`${sandbox.url}/_sandbox/ui/version?chat_id=101`)).text).version;

	it('keeps the same version while nothing happens, and a new one after a message', async () => {
		const page = await get(`${sandbox.url}/?chat_id=101`);
		expect(page.status).toBe(200);
		// The page carries the version it shows and polls for a newer one; it says so on the page.
		const before = await version();
		expect(page.text).toContain(`const shown=${JSON.stringify(before)}`);
		expect(page.text).toContain('/_sandbox/ui/version?chat_id=101');
		expect(page.text).toContain('This page refreshes itself when something changes');
		expect(await version()).toBe(before);

		const said = await request(`${sandbox.url}/_sandbox/say`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ chat_id: 101, text: 'Something new' }),
		});
		await said.body.text();
		expect(said.statusCode).toBe(200);
		const after = await version();
		expect(after).not.toBe(before);
		expect((await get(`${sandbox.url}/?chat_id=101`)).text).toContain(`const shown=${JSON.stringify(after)}`);
	});
});
