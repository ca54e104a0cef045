import type { IDataObject } from 'n8n-workflow';

import { startWaiting } from '../../../harness';
import { askInChat, credentialsFor, newestMessage, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

const ask = (extra: IDataObject) => askInChat('What should the release notes say?', extra);

const start = async (parameters: Record<string, unknown>) =>
	await startWaiting({ parameters, credentials: credentialsFor(fake) });

const newest = () => newestMessage(fake);

describe('Message → Send and Wait for Response: Free Text and Custom Form', () => {
	it('Free Text: the button opens a form page; an empty POST shows it again; the answer is data.text', async () => {
		const waiting = await start(
			ask({ responseType: 'freeText', sendAndWaitOptions: { messageButtonLabel: 'Answer' } }),
		);
		const [[button]] = newest().buttons;
		expect(button.text).toBe('Answer');
		const page = await waiting.resume(button.url);
		expect(page.resumed).toBeUndefined();
		expect(page.page).toContain('<textarea id="field-0" name="field-0" required>');
		expect(page.page).toContain('What should the release notes say?');
		expect(page.page).not.toContain(fake.tokens.bot);
		const empty = await waiting.resume(button.url, { method: 'POST', body: { 'field-0': '  ' } });
		expect(empty.resumed).toBeUndefined();
		expect(empty.page).toContain('Fill in &quot;Response&quot;.');
		const sent = await waiting.resume(button.url, { method: 'POST', body: 'field-0=Faster+uploads' });
		expect(sent.resumed?.[0].json).toEqual({ data: { text: 'Faster uploads', respondedAt: expect.any(String) } });
		expect(newest()).toMatchObject({ buttons: null, content: 'What should the release notes say?\n\n✅ Answered' });
	});

	it('Custom Form: the fields defined in the node, answered under their labels', async () => {
		const waiting = await start(
			ask({
				responseType: 'customForm',
				formFields: {
					values: [
						{ fieldLabel: 'Name', requiredField: true },
						{ fieldLabel: 'Copies', fieldType: 'number' },
						{
							fieldLabel: 'Team',
							fieldType: 'dropdown',
							fieldOptions: { values: [{ option: 'Backend' }, { option: 'Design' }] },
						},
					],
				},
				sendAndWaitOptions: { responseFormTitle: 'Order <form>' },
			}),
		);
		const [[button]] = newest().buttons;
		expect(button.text).toBe('Respond');
		const page = (await waiting.resume(button.url)).page;
		expect(page).toContain('<h2>Order &lt;form&gt;</h2>');
		expect(page).toContain('<option value="Design">Design</option>');
		const wrong = await waiting.resume(button.url, {
			method: 'POST',
			body: { 'field-0': 'Anna', 'field-1': '2', 'field-2': 'Sales' },
		});
		expect(wrong.resumed).toBeUndefined();
		// n8n parses the page's multipart/form-data into { data, files }.
		const sent = await waiting.resume(button.url, {
			method: 'POST',
			body: { data: { 'field-0': 'Anna', 'field-1': '2', 'field-2': 'Design' }, files: {} },
		});
		expect(sent.resumed?.[0].json).toEqual({
			data: { Name: 'Anna', Copies: 2, Team: 'Design', respondedAt: expect.any(String) },
		});
		const again = await waiting.resume(button.url, { method: 'POST', body: { 'field-0': 'Bob' } });
		expect(again.page).toBe('send-and-wait-no-action-required');
	});
});
