import type { IDataObject } from 'n8n-workflow';

import { binaryItem, calls, formOf, pngHeader, storedBytes } from '../../../support/files';
import { lastRequest, run, runFailing, sendToChat, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

const create = (additionalFields: IDataObject) => sendToChat(101, 'Files for you', { additionalFields });
const invoice = { fileName: 'invoice.pdf', mimeType: 'application/pdf', bytes: Buffer.from('%PDF invoice 42') };
const photo = { fileName: 'photo.png', mimeType: 'image/png', bytes: pngHeader(1200, 800) };

describe('Message files and buttons', () => {
	it('sends a message with two binary files in one execution', async () => {
		const [message] = await run(fake, create({ attachBinary: 'invoice, photo' }), {
			items: [binaryItem({ invoice, photo })],
		});
		expect(calls(fake)).toEqual([
			'POST /uploads',
			'POST /direct_url',
			'POST /uploads',
			'POST /direct_url',
			'POST /messages',
		]);
		expect(fake.requests.filter((request) => request.path === '/direct_url').map((request) => request.token)).toEqual([
			null,
			null,
		]);
		const keys = [1, 3].map((index) => formOf(fake.requests[index]).fields.key);
		const sent = lastRequest(fake);
		expect(sent).toMatchObject({ role: 'bot' });
		expect(sent.body.message.files).toEqual([
			{
				key: keys[0].replace('${filename}', 'invoice.pdf'),
				name: 'invoice.pdf',
				file_type: 'file',
				size: invoice.bytes.length,
			},
			{
				key: keys[1].replace('${filename}', 'photo.png'),
				name: 'photo.png',
				file_type: 'image',
				size: photo.bytes.length,
				width: 1200,
				height: 800,
			},
		]);
		expect(storedBytes(fake, sent.body.message.files[0].key)).toEqual(invoice.bytes);
		expect(storedBytes(fake, sent.body.message.files[1].key)).toEqual(photo.bytes);
		const stored = fake.state.messages.get(message.id as number) as { files: Array<{ name: string }> };
		expect(stored.files.map((file) => file.name)).toEqual(['invoice.pdf', 'photo.png']);
	});

	it('adds files from links and from Files (JSON) to the same list', async () => {
		const served = 'attaches/files/1/x/terms.txt';
		const uploadedEarlier = 'attaches/files/1/y/old.pdf';
		fake.state.uploads.set(served, {
			key: served,
			filename: 'terms.txt',
			contentType: 'text/plain',
			size: 5,
			content: Buffer.from('terms'),
		});
		const earlier = { key: uploadedEarlier, name: 'old.pdf', file_type: 'file', size: 10 };
		await run(fake, create({ attachUrls: `${fake.origin}/files/${served}`, files: JSON.stringify([earlier]) }));
		const files = lastRequest(fake).body.message.files;
		expect(files).toHaveLength(2);
		expect(files).toEqual(
			expect.arrayContaining([earlier, expect.objectContaining({ name: 'terms.txt', file_type: 'file', size: 5 })]),
		);
	});

	it('attaches a file while updating a message', async () => {
		await run(
			fake,
			{ resource: 'message', operation: 'update', messageId: 1005, messageUpdateFields: { attachBinary: 'invoice' } },
			{ items: [binaryItem({ invoice })] },
		);
		expect(calls(fake)).toEqual(['POST /uploads', 'POST /direct_url', 'PUT /messages/1005']);
		expect(lastRequest(fake).body).toEqual({
			message: { files: [expect.objectContaining({ name: 'invoice.pdf', file_type: 'file' })] },
		});
	});

	it('refuses a missing binary field before uploading anything', async () => {
		const error = await runFailing(fake, create({ attachBinary: 'invoice, contract' }), {
			items: [binaryItem({ invoice })],
		});
		expect(error.message).toContain(
			'Attach Binary Fields (in Additional Fields): the input item has no binary field "contract" (it has: invoice)',
		);
		expect(fake.requests).toHaveLength(0);
	});

	it('builds rows of link and data buttons', async () => {
		const buttonsUi = {
			rows: [
				{
					buttons: {
						button: [
							{ text: 'Open', onClick: 'url', url: 'https://example.com/a' },
							{ text: 'Approve', onClick: 'data', data: 'approve:42' },
						],
					},
				},
				{ buttons: { button: [{ text: 'Reject', onClick: 'data', data: 'reject:42' }] } },
			],
		};
		const [message] = await run(fake, create({ buttonsUi }));
		const expected = [
			[
				{ text: 'Open', url: 'https://example.com/a' },
				{ text: 'Approve', data: 'approve:42' },
			],
			[{ text: 'Reject', data: 'reject:42' }],
		];
		expect(lastRequest(fake).body.message.buttons).toEqual(expected);
		expect((fake.state.messages.get(message.id as number) as { buttons: unknown }).buttons).toEqual(expected);
	});

	it('removes all buttons when the builder has no rows on update', async () => {
		await run(fake, {
			resource: 'message',
			operation: 'update',
			messageId: 1005,
			messageUpdateFields: { buttonsUi: {} },
		});
		expect(lastRequest(fake)).toMatchObject({
			method: 'PUT',
			path: '/messages/1005',
			body: { message: { buttons: [] } },
		});
	});

	it.each([
		[
			'a button with neither link nor data',
			{ buttonsUi: { rows: [{ buttons: { button: [{ text: 'Go', onClick: 'url', url: '' }] } }] } },
			'Buttons (in Additional Fields): row 1, button 1 ("Go") needs either a URL (opens a link) or data (sent to the bot), not neither.',
		],
		[
			'a JSON button with both',
			{ buttons: '[[{"text": "Go", "url": "https://a.b", "data": "x"}]]' },
			'row 1, button 1 ("Go") needs either a URL (opens a link) or data (sent to the bot), not both.',
		],
		[
			'nine buttons in a row',
			{ buttons: JSON.stringify([Array.from({ length: 9 }, (_, i) => ({ text: `B${i}`, data: `${i}` }))]) },
			'row 1 has 9 buttons; Pachca allows at most 8 in a row.',
		],
		[
			'both button fields',
			{
				buttons: '[[{"text": "A", "data": "a"}]]',
				buttonsUi: { rows: [{ buttons: { button: [{ text: 'B', onClick: 'data', data: 'b' }] } }] },
			},
			'the buttons are set twice. Use either Buttons or Buttons as JSON, not both.',
		],
		[
			'files JSON without keys',
			{ files: '[{"name": "a.pdf"}]' },
			'Files (JSON) (in Additional Fields) must be a list of files like',
		],
	])('refuses %s before any request', async (_case, additionalFields, message) => {
		const error = await runFailing(fake, create(additionalFields));
		expect(error.message).toContain(message);
		expect(fake.requests).toHaveLength(0);
	});
});
