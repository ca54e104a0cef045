import { binaryItem, calls, formOf, pngHeader } from '../../../support/files';
import { lastRequest, run, runFailing, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

const unfurl = (extra: Record<string, unknown>) => ({
	resource: 'linkPreview',
	operation: 'unfurl',
	previewMessageId: 1005,
	...extra,
});
const cover = { fileName: 'cover.png', mimeType: 'image/png', bytes: pngHeader(1200, 630) };

describe('Link Preview', () => {
	it('unfurls links from fields, with an image URL, with the bot token', async () => {
		const preview = [
			{
				url: 'https://docs.example.com/a/1',
				title: 'Spec A',
				description: 'Draft',
				image: 'url',
				imageUrl: 'https://docs.example.com/a.png',
			},
			{ url: 'https://docs.example.com/b/2', title: 'Spec B', description: 'Final', image: 'none' },
		];
		const items = await run(fake, unfurl({ previewsMode: 'fields', previewsUi: { preview } }));
		expect(lastRequest(fake)).toMatchObject({ method: 'POST', path: '/messages/1005/link_previews', role: 'bot' });
		expect(lastRequest(fake).body).toEqual({
			link_previews: {
				'https://docs.example.com/a/1': {
					title: 'Spec A',
					description: 'Draft',
					image_url: 'https://docs.example.com/a.png',
				},
				'https://docs.example.com/b/2': { title: 'Spec B', description: 'Final' },
			},
		});
		expect(items).toEqual([{ success: true }]);
		expect(Object.keys(fake.state.linkPreviews.get(1005) as object)).toEqual([
			'https://docs.example.com/a/1',
			'https://docs.example.com/b/2',
		]);
	});

	it('uploads an image from a binary field first and sends its key', async () => {
		const preview = [
			{
				url: 'https://docs.example.com/c',
				title: 'C',
				description: 'With cover',
				image: 'binary',
				imageBinary: 'cover',
			},
		];
		await run(fake, unfurl({ previewsMode: 'fields', previewsUi: { preview } }), { items: [binaryItem({ cover })] });
		expect(calls(fake)).toEqual(['POST /uploads', 'POST /direct_url', 'POST /messages/1005/link_previews']);
		const key = formOf(fake.requests[1]).fields.key.replace('${filename}', 'cover.png');
		expect(lastRequest(fake).body.link_previews['https://docs.example.com/c']).toEqual({
			title: 'C',
			description: 'With cover',
			image: { key, name: 'cover.png', size: cover.bytes.length },
		});
	});

	it('sends JSON previews as given', async () => {
		const uploaded = 'attaches/files/1/x/d.png';
		const linkPreviews = {
			'https://docs.example.com/d': {
				title: 'D',
				description: 'Desc',
				image: { key: uploaded, name: 'd.png', size: 10 },
			},
		};
		await run(fake, unfurl({ previewsMode: 'json', previewsJson: JSON.stringify(linkPreviews) }));
		expect(lastRequest(fake).body).toEqual({ link_previews: linkPreviews });
	});

	it.each([
		[
			'a preview without a description',
			unfurl({
				previewsMode: 'fields',
				previewsUi: { preview: [{ url: 'https://a.example.com', title: 'A', image: 'none' }] },
			}),
			'Previews: the preview of https://a.example.com has no description.',
		],
		[
			'a JSON key that is not a link',
			unfurl({ previewsMode: 'json', previewsJson: '{"docs": {"title": "t", "description": "d"}}' }),
			'Previews (JSON): the key "docs" must be an http(s) link',
		],
		['no previews', unfurl({ previewsMode: 'fields', previewsUi: {} }), 'Previews is empty.'],
		[
			'a zero message ID',
			unfurl({
				previewMessageId: 0,
				previewsMode: 'json',
				previewsJson: '{"https://a.example.com": {"title": "t", "description": "d"}}',
			}),
			'Message ID must be a positive whole number',
		],
	])('refuses %s before any request', async (_case, parameters, message) => {
		const error = await runFailing(fake, parameters);
		expect(error.message).toContain(message);
		expect(fake.requests).toHaveLength(0);
	});
});
