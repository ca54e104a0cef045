import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import type { AuthenticateAs } from '../../shared/api/tokens';
import { DATA_BUTTON_HEADER } from '../../shared/sendAndWait/dataButton';
import { isCrawler } from './crawler';
import type { FormField } from './formAnswer';
import { FREE_TEXT, formFieldsOf, readAnswer } from './formAnswer';
import { messageText, setButtons } from './pachcaCalls';
import { formPage, notePage } from './page';
import type { ResponseType } from './question';
import { OPTIONS } from './description';
import { readResumeLink } from './resumeLink';

/** Writes a page and tells n8n the response is sent (no execution resumes unless workflowData is given). */
function reply(ctx: IWebhookFunctions, status: number, html: string): IWebhookResponseData {
	const res = ctx.getResponseObject();
	res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
	res.end(html);
	return { noWebhookResponse: true };
}

function formOf(ctx: IWebhookFunctions, fields: FormField[]) {
	const options = ctx.getNodeParameter(OPTIONS, {}) as IDataObject;
	return {
		title: String(options.responseFormTitle ?? ''),
		description: String(options.responseFormDescription || ctx.getNodeParameter('message', '')),
		button: String(options.responseFormButtonLabel || 'Submit'),
		fields,
	};
}

/** Buttons off, outcome under the text. Best effort: the answer resumes the execution even if this fails. */
async function showOutcome(ctx: IWebhookFunctions, messageId: number | undefined, outcome: string): Promise<void> {
	const options = ctx.getNodeParameter(OPTIONS, {}) as IDataObject;
	if (messageId === undefined || options.editAfterAnswer === false) return;
	const as = ctx.getNodeParameter('nodeOptions.authenticateAs', 'auto') as AuthenticateAs;
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
		if (request.method !== 'POST') return reply(this, 200, formPage(formOf(this, fields)));
		const answer = readAnswer(fields, this.getBodyData());
		if ('error' in answer) return reply(this, 200, formPage(formOf(this, fields), answer.error));
		data = type === 'freeText' ? { text: answer.values[FREE_TEXT[0].label] } : answer.values;
		outcome = '✅ Answered';
	}
	await showOutcome(this, link.messageId, outcome);
	reply(this, 200, notePage(outcome, 'Thank you, your answer is recorded. You can close this page.'));
	const json = { data: { ...data, respondedAt: new Date().toISOString() } };
	return { noWebhookResponse: true, workflowData: [[{ json }]] };
}
