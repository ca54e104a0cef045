import { FakePachca as FakePachcaServer } from '../../../fake-pachca';
import { calls } from '../../../support/files';
import { lastRequest, run, runFailing, runItems, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

const request = (extra: Record<string, unknown> = {}) => ({
	resource: 'chatExport',
	operation: 'request',
	startAt: '2025-03-01T00:00:00',
	endAt: '2025-03-20T00:00:00',
	webhookUrl: 'https://hooks.example.com/export',
	...extra,
});
const download = (exportId: number, extra: Record<string, unknown> = {}) => ({
	resource: 'chatExport',
	operation: 'download',
	exportId,
	exportBinaryPropertyName: 'archive',
	...extra,
});

/** Requests an export through the node and returns its id (Pachca only tells it to the webhook). */
async function requestExport(): Promise<number> {
	await run(fake, request());
	return Math.max(...fake.state.exports.keys());
}

/** The archive exactly as the fake serves it, fetched past the node. */
async function servedArchive(origin: string, id: number): Promise<Buffer> {
	return Buffer.from(await (await fetch(`${origin}/files/exports/${id}.zip`)).arrayBuffer());
}

describe('Chat Export', () => {
	it('requests an export for a period with the owner token', async () => {
		const items = await run(fake, request({ exportAdditionalFields: { chat_ids: '101, 102', skip_chats_file: true } }));
		expect(lastRequest(fake)).toMatchObject({ method: 'POST', path: '/chats/exports', role: 'owner', query: {} });
		expect(lastRequest(fake).body).toEqual({
			start_at: '2025-03-01',
			end_at: '2025-03-20',
			webhook_url: 'https://hooks.example.com/export',
			chat_ids: [101, 102],
			skip_chats_file: true,
		});
		expect(items).toEqual([{ success: true }]);
		expect([...fake.state.exports.values()].at(-1)).toMatchObject({
			start_at: '2025-03-01',
			end_at: '2025-03-20',
			chat_ids: [101, 102],
		});
	});

	it('downloads the archive as binary data, following the redirect', async () => {
		const id = await requestExport();
		fake.clearRequests();
		const [item] = await runItems(fake, download(id));
		expect(calls(fake)).toEqual([`GET /chats/exports/${id}`, `GET /files/exports/${id}.zip`]);
		expect(fake.requests[0].role).toBe('owner');
		const expected = await servedArchive(fake.origin, id);
		const archive = item.binary?.archive;
		expect(archive).toMatchObject({ fileName: `pachca-export-${id}.zip`, mimeType: 'application/zip' });
		expect(Buffer.from(archive?.data ?? '', 'base64')).toEqual(expected);
		expect(expected.readUInt32LE(0)).toBe(0x04034b50); // a zip whose first entry is…
		expect(expected.toString('utf8', 30, 40)).toBe('chats.json');
		expect(item.json).toEqual({
			export_id: id,
			file_name: `pachca-export-${id}.zip`,
			mime_type: 'application/zip',
			size: expected.length,
		});
	});

	it('sends no token to an archive on another host', async () => {
		const storage = new FakePachcaServer({ seed: true });
		await storage.start();
		try {
			storage.state.exports.set(7, {
				id: 7,
				start_at: '2025-01-01',
				end_at: '2025-01-31',
				chat_ids: [],
				skip_chats_file: false,
			});
			fake.failRoute({
				method: 'GET',
				path: '/chats/exports/7',
				status: 302,
				body: '',
				headers: { location: `${storage.origin}/files/exports/7.zip` },
			});
			const [item] = await runItems(fake, download(7));
			expect(fake.requests.map((r) => r.token)).toEqual([fake.tokens.owner]);
			expect(storage.requests).toEqual([
				expect.objectContaining({ method: 'GET', path: '/files/exports/7.zip', token: null }),
			]);
			expect(storage.requests[0].headers.authorization).toBeUndefined();
			expect(Buffer.from(item.binary?.archive.data ?? '', 'base64')).toEqual(await servedArchive(storage.origin, 7));
		} finally {
			await storage.stop();
		}
	});

	it("shows Pachca's message when the export is not ready", async () => {
		const error = await runFailing(fake, download(99999));
		expect(error.message).toBe(
			"Export ID 99999 was not found, or the token's user may not see it (Pachca: id: Export file not found or not ready yet, HTTP 404)",
		);
		expect(fake.requests).toHaveLength(1);
	});

	it.each([
		['without an owner token', request(), { tokens: { bot: 'x', admin: 'y' } }, 'needs the Owner Token'],
		['with an impossible date', request({ endAt: '2025-02-30' }), {}, 'End Date is not a valid date: "2025-02-30"'],
		[
			'with a bad chat ID',
			request({ exportAdditionalFields: { chat_ids: '101, abc' } }),
			{},
			'Chat Names or IDs (in Additional Fields) (entry 2) must be a positive whole number',
		],
		[
			'with a webhook address that is not a link',
			request({ webhookUrl: 'hooks.example.com/export' }),
			{},
			'Webhook URL must be an http(s) link; got "hooks.example.com/export"',
		],
	])('refuses a request %s before sending', async (_case, parameters, input, message) => {
		const error = await runFailing(fake, parameters, input);
		expect(error.message).toContain(message);
		expect(fake.requests).toHaveLength(0);
	});
});
