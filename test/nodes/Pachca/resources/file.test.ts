import { binaryItem, calls, formOf, pngHeader, storedBytes } from '../../../support/files';
import { run, runFailing, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

const upload = (extra: Record<string, unknown> = {}) => ({
	resource: 'file',
	operation: 'upload',
	source: 'binary',
	binaryPropertyName: 'data',
	...extra,
});
const report = {
	fileName: 'report.pdf',
	mimeType: 'application/pdf',
	bytes: Buffer.from('%PDF-1.4 quarterly numbers'),
};

/** The signed fields POST /uploads answered with, in the order they came. */
const SIGNED = [
	'Content-Disposition',
	'acl',
	'policy',
	'x-amz-credential',
	'x-amz-algorithm',
	'x-amz-date',
	'x-amz-signature',
	'key',
];

describe('File', () => {
	it('uploads a binary field: signed fields first, the file last, no token at the storage', async () => {
		const [item] = await run(fake, upload(), { items: [binaryItem({ data: report })] });
		expect(calls(fake)).toEqual(['POST /uploads', 'POST /direct_url']);
		const [grant, storage] = fake.requests;
		expect(grant).toMatchObject({ role: 'bot', query: {}, body: null });
		expect(storage.token).toBeNull();
		expect(storage.headers.authorization).toBeUndefined();
		const form = formOf(storage);
		expect(form.order).toEqual([...SIGNED, 'file']);
		expect(form.fields.key).toMatch(/\/\$\{filename\}$/);
		expect(form.files).toEqual([
			expect.objectContaining({
				field: 'file',
				filename: 'report.pdf',
				contentType: 'application/pdf',
				size: report.bytes.length,
			}),
		]);
		const key = form.fields.key.replace('${filename}', 'report.pdf');
		expect(item).toEqual({ key, name: 'report.pdf', file_type: 'file', size: report.bytes.length });
		expect(storedBytes(fake, key)).toEqual(report.bytes);
	});

	it('sends a PNG as an image with its width and height', async () => {
		const png = { fileName: 'chart.png', mimeType: 'image/png', bytes: pngHeader(640, 480) };
		const [item] = await run(fake, upload({ binaryPropertyName: 'picture' }), {
			items: [binaryItem({ picture: png })],
		});
		expect(item).toMatchObject({
			name: 'chart.png',
			file_type: 'image',
			width: 640,
			height: 480,
			size: png.bytes.length,
		});
	});

	it('keeps a Cyrillic file name in the key and honours File Name and File Type options', async () => {
		const [named] = await run(fake, upload(), {
			items: [binaryItem({ data: { ...report, fileName: 'Отчёт за май.pdf' } })],
		});
		expect(named.key).toMatch(/\/Отчёт за май\.pdf$/);
		expect(formOf(fake.requests[1]).files[0].filename).toBe('Отчёт за май.pdf');
		fake.clearRequests();
		const [renamed] = await run(fake, upload({ options: { fileName: 'q2/"final".pdf', fileType: 'image' } }), {
			items: [binaryItem({ data: report })],
		});
		expect(renamed).toMatchObject({ name: 'q2__final_.pdf', file_type: 'image' });
		expect(renamed).not.toHaveProperty('width');
	});

	it('downloads a URL without the Pachca token, then uploads it', async () => {
		const source = 'attaches/files/9/source/price list.csv';
		fake.state.uploads.set(source, {
			key: source,
			filename: 'price list.csv',
			contentType: 'text/csv',
			size: 9,
			content: Buffer.from('sku,price'),
		});
		const path = `/files/${source.split('/').map(encodeURIComponent).join('/')}`;
		const [item] = await run(fake, upload({ source: 'url', fileUrl: `${fake.origin}${path}` }));
		expect(calls(fake)).toEqual([`GET ${path}`, 'POST /uploads', 'POST /direct_url']);
		expect(fake.requests[0].token).toBeNull();
		expect(item).toMatchObject({ name: 'price list.csv', file_type: 'file', size: 9 });
		expect(storedBytes(fake, item.key as string)?.toString()).toBe('sku,price');
	});

	it('uses the token "Authenticate As" names', async () => {
		await run(fake, upload({ nodeOptions: { authenticateAs: 'admin' } }), { items: [binaryItem({ data: report })] });
		expect(fake.requests[0]).toMatchObject({ path: '/uploads', role: 'admin' });
	});

	it.each([
		[
			'a missing binary field',
			upload({ binaryPropertyName: 'attachment' }),
			[binaryItem({ data: report })],
			'Input Binary Field: the input item has no binary field "attachment" (it has: data)',
		],
		[
			'an item without binary data',
			upload(),
			[{ json: {} }],
			'the input item has no binary field "data" (it has no binary data at all)',
		],
		[
			'a link that is not http(s)',
			upload({ source: 'url', fileUrl: 'ftp://example.com/a.pdf' }),
			undefined,
			'File URL must be an http(s) link; got "ftp://example.com/a.pdf"',
		],
	])('refuses %s before any request', async (_case, parameters, items, message) => {
		const error = await runFailing(fake, parameters, { items });
		expect(error.message).toContain(message);
		expect(fake.requests).toHaveLength(0);
	});

	it('names a link that cannot be downloaded, and sends nothing to Pachca', async () => {
		const error = await runFailing(fake, upload({ source: 'url', fileUrl: `${fake.origin}/files/missing.pdf` }));
		expect(error.message).toBe(`Could not download File URL from ${fake.origin}/files/missing.pdf (HTTP 404)`);
		expect(calls(fake)).toEqual(['GET /files/missing.pdf']);
	});

	it('explains a refused storage upload without showing a token', async () => {
		fake.failRoute({ method: 'POST', path: '/direct_url', status: 403, body: 'Request has expired' });
		const error = await runFailing(fake, upload(), { items: [binaryItem({ data: report })] });
		expect(error.message).toBe('Pachca: Request has expired (HTTP 403)');
		expect(error.description).toContain('upload link');
		expect(JSON.stringify(error)).not.toContain(fake.tokens.bot);
	});
});
