import { MAX_DATA, dataOfLink, linkOfData } from '../../../../nodes/shared/sendAndWait/dataButton';

const signed =
	'https://n8n.example.com/base/webhook-waiting/1234/0b4f6b5e-1c1a-4a52-9d0e-0a0000000902' +
	`?approved=false&message=98765&signature=${'a1'.repeat(32)}`;

describe('Send and Wait answers in a Data button', () => {
	it('carries the signed link in under 255 characters and gives back its path and query as signed', () => {
		const data = dataOfLink(signed);
		expect(data.length).toBeLessThanOrEqual(MAX_DATA);
		expect(data).not.toContain('n8n.example.com');
		const url = new URL(signed);
		expect(linkOfData(data)).toBe(`${url.pathname}${url.search}`);
	});

	it('is not taken for any other data, nor for a path that leaves the waiting webhooks', () => {
		const data = dataOfLink(signed);
		expect(linkOfData('approve')).toBeUndefined();
		expect(linkOfData(data.replace('|/base/webhook-waiting|', '|//evil.example|x|'))).toBeUndefined();
		expect(linkOfData(data.replace('|0|', '|yes|'))).toBeUndefined();
		expect(linkOfData(`${data}x`.padEnd(300, 'x'))).toBeUndefined();
	});
});
