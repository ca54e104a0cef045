import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { WAIT_INDEFINITELY } from 'n8n-workflow';

import { postQuestion, setButtons } from './pachcaCalls';
import { answerButtons, authenticateAs, destinationOf, questionText } from './question';
import { MESSAGE_PARAM } from './resumeLink';
import { deadlineText, waitTillOf } from './waitTill';

const PLACEHOLDER_LINK = 'http://127.0.0.1/webhook-waiting/0/node?approved=true&message=0&signature=0';

/**
 * Message → Send and Wait for Response (a custom operation: n8n-core runs it instead of the
 * routing). Everything is checked before the first request; then the question is posted, its
 * buttons get n8n's signed resume links (naming the message, so the webhook can edit it), and
 * the execution waits. The node's webhook (webhook.ts) resumes it. Like n8n's own nodes it
 * sends one message for the run, from the first item.
 */
export async function sendAndWait(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const as = authenticateAs(this);
	const to = destinationOf(this);
	const question = questionText(this);
	const until = waitTillOf(this);
	const content = until === WAIT_INDEFINITELY ? question : `${question}\n\n⏳ Answer by ${deadlineText(until)}`;
	// Checks the labels now, with a placeholder link, so a bad label fails before the message exists.
	answerButtons(this, () => PLACEHOLDER_LINK);
	// n8n 1.x checks a resume link's signature only for an execution marked so; n8n 2.x always does.
	(this as { setSignatureValidationRequired?: () => void }).setSignatureValidationRequired?.();
	const send = async () => {
		const messageId = await postQuestion(this, to, content, as);
		const link = (approved: boolean) =>
			this.getSignedResumeUrl({ approved: String(approved), [MESSAGE_PARAM]: String(messageId) });
		await setButtons(this, messageId, answerButtons(this, link), as);
	};
	// The transport's errors are shaped already (Pachca's message, status, hint): they go up as they are.
	if (!this.continueOnFail()) await send();
	else {
		try {
			await send();
		} catch (error) {
			return [[{ json: { error: (error as Error).message } }]];
		}
	}
	await this.putExecutionToWait(until);
	return [this.getInputData()];
}
