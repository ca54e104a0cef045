import type { IDataObject } from 'n8n-workflow';

import {
	DATA_BUTTON_HEADER,
	FORM_CALLBACK,
	TRIGGER_ID_HEADER,
	linkOfData,
} from '../../../../nodes/shared/sendAndWait/dataButton';
import { startWaiting } from '../../../harness';
import { askInChat, credentialsFor, newestMessage, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

const ask = (options: IDataObject = {}) =>
	askInChat('What should the release notes say?', {
		responseType: 'freeText',
		answerIn: 'pachca',
		sendAndWaitOptions: { messageButtonLabel: 'Answer', ...options },
	});

const newest = () => newestMessage(fake);
type View = { request: { trigger_id: string; private_metadata: string } };
const views = () => fake.state.views as View[];
const TRIGGER = { userAgent: 'Pachca Trigger', headers: { [DATA_BUTTON_HEADER]: '1' } };

describe('Message → Send and Wait for Response: Free Text and Custom Form answered inside Pachca', () => {
	it('a press opens a Pachca form carrying the signed link; its submission resumes with data.text', async () => {
		const waiting = await startWaiting({
			parameters: ask({ responseFormTitle: 'Release notes for version 1.2', responseFormButtonLabel: 'Send' }),
			credentials: credentialsFor(fake),
		});
		const [[button]] = newest().buttons!;
		expect(button).toEqual({ text: 'Answer', data: expect.stringMatching(/^n8n-wait\|/) });
		expect(button.data!.length).toBeLessThanOrEqual(255);
		const link = `http://127.0.0.1:5678${linkOfData(button.data)}`;

		// The press, as the Trigger passes it on: the form opens with the press's trigger_id; nothing resumes.
		const triggerId = fake.issueTriggerId();
		const pressed = await waiting.resume(link, {
			...TRIGGER,
			headers: { ...TRIGGER.headers, [TRIGGER_ID_HEADER]: triggerId },
		});
		expect(pressed.resumed).toBeUndefined();
		expect(pressed.status).toBe(200);
		const open = fake.requests.find((r) => r.path === '/views/open');
		expect(open).toMatchObject({ method: 'POST', role: 'bot' });
		expect(open!.body).toEqual({
			type: 'modal',
			trigger_id: triggerId,
			callback_id: FORM_CALLBACK,
			private_metadata: button.data,
			view: {
				title: 'Release notes for versi…',
				submit_text: 'Send',
				blocks: [
					{ type: 'plain_text', text: 'What should the release notes say?' },
					{ type: 'input', name: 'field-0', label: 'Response', required: true, multiline: true },
				],
			},
		});
		expect(views().at(-1)!.request.trigger_id).toBe(triggerId);

		// The submission: the Trigger posts the form's data to the link in its private_metadata.
		const submitted = linkOfData(views().at(-1)!.request.private_metadata);
		const sent = await waiting.resume(`http://127.0.0.1:5678${submitted}`, {
			...TRIGGER,
			method: 'POST',
			body: { 'field-0': 'Faster uploads' },
		});
		expect(sent.resumed?.[0].json).toEqual({ data: { text: 'Faster uploads', respondedAt: expect.any(String) } });
		expect(newest()).toMatchObject({ buttons: null, content: 'What should the release notes say?\n\n✅ Answered' });

		// The same submission again resumes nothing.
		const replayed = await waiting.resume(`http://127.0.0.1:5678${submitted}`, {
			...TRIGGER,
			method: 'POST',
			body: { 'field-0': 'Something else' },
		});
		expect(replayed).toEqual({ status: 200, page: 'send-and-wait-no-action-required' });
	});

	it('a forged link, an expired trigger_id or an empty answer resume nothing, and the execution keeps waiting', async () => {
		const waiting = await startWaiting({ parameters: ask(), credentials: credentialsFor(fake) });
		const opened = views().length;
		const [[button]] = newest().buttons!;
		const link = `http://127.0.0.1:5678${linkOfData(button.data)}`;
		const forged = link.replace(/signature=([0-9a-f])/, (_m, c: string) => `signature=${c === '0' ? '1' : '0'}`);
		expect(await waiting.resume(forged, { ...TRIGGER, method: 'POST', body: { 'field-0': 'x' } })).toEqual({
			status: 401,
			page: 'invalid token',
		});
		const noTrigger = await waiting.resume(link, TRIGGER);
		expect(noTrigger.status).toBe(400);
		const expired = await waiting.resume(link, {
			...TRIGGER,
			headers: { ...TRIGGER.headers, [TRIGGER_ID_HEADER]: 'trigger-never-issued' },
		});
		expect(expired.resumed).toBeUndefined();
		expect(expired.status).toBe(502);
		expect(expired.page).not.toContain(fake.tokens.bot);
		const empty = await waiting.resume(link, { ...TRIGGER, method: 'POST', body: { 'field-0': ' ' } });
		expect(empty.resumed).toBeUndefined();
		expect(views()).toHaveLength(opened);
		expect(waiting.state.finished).toBe(false);
		const answered = await waiting.resume(link, { ...TRIGGER, method: 'POST', body: { 'field-0': 'Late but fine' } });
		expect(answered.resumed?.[0].json.data).toMatchObject({ text: 'Late but fine' });
	});

	it('Custom Form: the Form Elements as Pachca blocks; the submission comes out under their labels', async () => {
		const parameters = {
			...ask(),
			responseType: 'customForm',
			formFields: {
				values: [
					{ fieldLabel: 'Name', requiredField: true, placeholder: 'Your name' },
					{
						fieldLabel: 'Team',
						fieldType: 'dropdown',
						fieldOptions: { values: [{ option: 'Backend' }, { option: 'Design' }] },
					},
					{ fieldLabel: 'When', fieldType: 'date' },
					{ fieldLabel: 'Copies', fieldType: 'number' },
				],
			},
		};
		const waiting = await startWaiting({ parameters, credentials: credentialsFor(fake) });
		const [[button]] = newest().buttons!;
		expect(button).toEqual({ text: 'Answer', data: expect.stringMatching(/^n8n-wait\|/) });
		const link = `http://127.0.0.1:5678${linkOfData(button.data)}`;
		const triggerId = fake.issueTriggerId();
		await waiting.resume(link, { ...TRIGGER, headers: { ...TRIGGER.headers, [TRIGGER_ID_HEADER]: triggerId } });
		const open = fake.requests.find((r) => r.path === '/views/open');
		expect((open!.body as { view: { blocks: unknown[] } }).view.blocks).toEqual([
			{ type: 'plain_text', text: 'What should the release notes say?' },
			{ type: 'input', name: 'field-0', label: 'Name', required: true, placeholder: 'Your name', multiline: false },
			{
				type: 'select',
				name: 'field-1',
				label: 'Team',
				required: false,
				options: [
					{ text: 'Backend', value: 'Backend' },
					{ text: 'Design', value: 'Design' },
				],
			},
			{ type: 'date', name: 'field-2', label: 'When', required: false },
			{ type: 'input', name: 'field-3', label: 'Copies', required: false, multiline: false },
		]);
		const body = { 'field-0': 'Anna', 'field-1': 'Design', 'field-2': '2026-12-04', 'field-3': '3' };
		const sent = await waiting.resume(link, { ...TRIGGER, method: 'POST', body });
		expect(sent.resumed?.[0].json.data).toEqual({
			Name: 'Anna',
			Team: 'Design',
			When: '2026-12-04',
			Copies: 3,
			respondedAt: expect.any(String),
		});
	});
});
