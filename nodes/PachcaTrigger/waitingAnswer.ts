import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { DATA_BUTTON_HEADER, linkOfData } from '../shared/sendAndWait/dataButton';

/**
 * A press of a Send and Wait Data button (linkOfData): the Trigger opens
 * the resume link on its own n8n, where the waiting execution's webhook takes the answer (n8n
 * checks the link's signature there), and starts no execution of its own for it. Only the path
 * and query come from the button; the address is the Trigger's own.
 */
export async function answerWaiting(ctx: IWebhookFunctions, payload: IDataObject): Promise<boolean> {
	if (payload.type !== 'button') return false;
	const link = linkOfData(payload.data);
	if (!link) return false;
	const origin = new URL(String(ctx.getNodeWebhookUrl('default'))).origin;
	try {
		await ctx.helpers.httpRequest({
			method: 'GET',
			url: `${origin}${link}`,
			headers: { [DATA_BUTTON_HEADER]: '1', 'user-agent': 'Pachca Trigger (n8n-nodes-pachca-plus)' },
			ignoreHttpStatusErrors: true,
			timeout: 30_000,
		});
	} catch {
		// The execution keeps waiting; the person can press again.
	}
	return true;
}
