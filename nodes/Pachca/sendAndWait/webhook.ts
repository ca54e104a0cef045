import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import type { AuthenticateAs } from '../../shared/api/tokens';
import { AUTHENTICATE_AS_PATH } from '../../shared/send/planCall';
import { DATA_BUTTON_HEADER, TRIGGER_ID_HEADER, dataOfLink } from '../../shared/sendAndWait/dataButton';
import { isCrawler } from './crawler';
import type { FormField } from './formAnswer';
import { FREE_TEXT, formFieldsOf, readAnswer } from './formAnswer';
import { messageText, setButtons } from './pachcaCalls';
import { formPage, notePage } from './page';
import type { AnswerForm } from './pachcaForm';
import { openPachcaForm } from './pachcaForm';
import type { ResponseType } from './question';
import { OPTIONS } from './description';
import { readResumeLink } from './resumeLink';

const authenticateAs = (ctx: IWebhookFunctions) => ctx.getNodeParameter(AUTHENTICATE_AS_PATH, 'auto') as AuthenticateAs;

/** Writes a page and tells n8n the response is sent (no execution resumes unless workflowData is given). */
function reply(ctx: IWebhookFunctions, status: number, html: string): IWebhookResponseData {
	const res = ctx.getResponseObject();
	res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
	res.end(html);
	return { noWebhookResponse: true };
}

function formOf(ctx: IWebhookFunctions, fields: FormField[]): AnswerForm {
	const options = ctx.getNodeParameter(OPTIONS, {}) as IDataObject;
	return {
		title: String(options.responseFormTitle ?? ''),
		description: String(options.responseFormDescription || ctx.getNodeParameter('message', '')),
		button: String(options.responseFormButtonLabel || 'Submit'),
		fields,
	};
}

/**
 * A Data button's press (through the Pachca Trigger, with the press's trigger_id): opens the form
 * in Pachca, carrying this signed link as the button's data. Nothing resumes until it is submitted.
 */
async function openInPachca(ctx: IWebhookFunctions, form: AnswerForm): Promise<IWebhookResponseData> {
	const request = ctx.getRequestObject();
	const triggerId = String(request.headers[TRIGGER_ID_HEADER] ?? '').trim();
	if (triggerId === '') return reply(ctx, 400, notePage('No trigger_id', 'Only a press in Pachca opens the form.'));
	// Express keeps the full path (n8n's waiting route included) in originalUrl.
	const path = (request as { originalUrl?: string }).originalUrl ?? request.url ?? '';
	const signedData = dataOfLink(new URL(path, 'http://n8n.local').toString());
	try {
		await openPachcaForm(ctx, form, triggerId, signedData, authenticateAs(ctx));
	} catch (error) {
		// Pachca refused (e.g. the trigger_id expired): the execution keeps waiting for another press.
		return reply(ctx, 502, notePage('The form did not open', (error as Error).message));
	}
	return reply(ctx, 200, notePage('Form opened', 'The answer form is open in Pachca.'));
}

/** Buttons off, outcome under the text. Best effort: the answer resumes the execution even if this fails. */
async function showOutcome(ctx: IWebhookFunctions, messageId: number | undefined, outcome: string): Promise<void> {
	const options = ctx.getNodeParameter(OPTIONS, {}) as IDataObject;
	if (messageId === undefined || options.editAfterAnswer === false) return;
	const as = authenticateAs(ctx);
	try {
		const text = await messageText(ctx, messageId, as);
		await setButtons(ctx, messageId, [], as, `${text}\n\n${outcome}`);
	} catch {
		// The person's answer counts regardless; the message keeps its buttons, which now lead nowhere.
	}
}

/**
 * The resume links' webhook. n8n calls it only while the execution waits and only after its
 * waiting webhook has checked the link's signature (for the operation `sendAndWait`); a click
 * after the answer or after the wait limit gets n8n's own "no action required" page instead.
 * Here: a crawler's or preview's request counts for nothing; Free Text and Custom Form show
 * their page on GET and resume on a complete POST; Approval resumes on the click.
 */
export async function sendAndWaitWebhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const request = this.getRequestObject();
	// A Data button pressed in Pachca reaches here through the Pachca Trigger (answerWaiting).
	const pressedInPachca = request.headers[DATA_BUTTON_HEADER] === '1';
	if (!pressedInPachca && isCrawler(request.headers['user-agent']))
		return reply(this, 200, notePage('Open this link in a browser', ''));
	const type = this.getNodeParameter('responseType', 'approval') as ResponseType;
	const link = readResumeLink(this.getQueryData() as IDataObject);
	let data: IDataObject;
	let outcome: string;
	if (type === 'approval') {
		data = { approved: link.approved };
		outcome = link.approved ? '✅ Approved' : '❌ Declined';
	} else {
		const fields =
			type === 'freeText'
				? FREE_TEXT
				: formFieldsOf((this.getNodeParameter('formFields.values', []) as IDataObject[]) ?? []);
		if (request.method !== 'POST')
			return pressedInPachca
				? await openInPachca(this, formOf(this, fields))
				: reply(this, 200, formPage(formOf(this, fields)));
		const answer = readAnswer(fields, this.getBodyData());
		if ('error' in answer)
			return reply(
				this,
				pressedInPachca ? 400 : 200,
				pressedInPachca ? notePage(answer.error, '') : formPage(formOf(this, fields), answer.error),
			);
		data = type === 'freeText' ? { text: answer.values[FREE_TEXT[0].label] } : answer.values;
		outcome = '✅ Answered';
	}
	await showOutcome(this, link.messageId, outcome);
	reply(this, 200, notePage(outcome, 'Thank you, your answer is recorded. You can close this page.'));
	const json = { data: { ...data, respondedAt: new Date().toISOString() } };
	return { noWebhookResponse: true, workflowData: [[{ json }]] };
}
