import type { IDataObject, IHttpRequestOptions, IWebhookFunctions } from 'n8n-workflow';

import { DATA_BUTTON_HEADER, FORM_CALLBACK, TRIGGER_ID_HEADER, linkOfData } from '../shared/sendAndWait/dataButton';
import { multipartOf } from '../shared/sendAndWait/formBody';

/** The link a delivery answers: a Data button's press, or the submission of the form a press opened. */
function answeredLink(payload: IDataObject): string | undefined {
	if (payload.type === 'button') return linkOfData(payload.data);
	if (payload.type === 'view' && payload.callback_id === FORM_CALLBACK) return linkOfData(payload.private_metadata);
	return undefined;
}

/**
 * A press of a Send and Wait Data button (linkOfData), or the submission of
 * the Pachca form such a press opened (Free Text; the form carries the button's data back as its
 * private_metadata): the Trigger opens the resume link on its own n8n, where the waiting
 * execution's webhook takes the answer (n8n checks the link's signature there, so a forged or
 * replayed one resumes nothing), and starts no execution of its own for it. Only the path and
 * query come from the delivery; the address is the Trigger's own.
 */
export async function answerWaiting(ctx: IWebhookFunctions, payload: IDataObject): Promise<boolean> {
	const link = answeredLink(payload);
	if (!link) return false;
	const origin = new URL(String(ctx.getNodeWebhookUrl('default'))).origin;
	const headers: IDataObject = { [DATA_BUTTON_HEADER]: '1', 'user-agent': 'Pachca Trigger (n8n-nodes-pachca-plus)' };
	const request: IHttpRequestOptions = { method: 'GET', url: `${origin}${link}`, headers, timeout: 30_000 };
	if (payload.type === 'button') headers[TRIGGER_ID_HEADER] = String(payload.trigger_id ?? '');
	else {
		const form = multipartOf(payload.data);
		Object.assign(request, { method: 'POST', body: form.body });
		headers['content-type'] = form.contentType;
	}
	try {
		await ctx.helpers.httpRequest({ ...request, ignoreHttpStatusErrors: true });
	} catch {
		// The execution keeps waiting; the person can press again.
	}
	return true;
}
