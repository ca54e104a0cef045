import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { AuthenticateAs } from '../../shared/api/tokens';
import type { SendContext } from '../../shared/send/sendCall';
import { sendPachcaCall } from '../../shared/send/sendCall';

/*
 * Every call Send and Wait makes to Pachca, and its only tie to the shared transport
 * (token choice, pacing lanes, retries, error shaping all happen inside sendPachcaCall).
 */

export interface Destination {
	entity_type: 'discussion' | 'thread' | 'user';
	entity_id: number;
}

export type Button = { text: string; url?: string; data?: string };

interface MessageAnswer {
	data?: { id?: number; content?: string };
}

/** Posts the question (without buttons: their links name the message, so they come next). */
export async function postQuestion(
	ctx: SendContext,
	to: Destination,
	content: string,
	as: AuthenticateAs,
): Promise<number> {
	const body = { message: { ...to, content } };
	const answer = (await sendPachcaCall(ctx, 'message.create', { body, as, itemIndex: 0 })) as MessageAnswer;
	const id = answer?.data?.id;
	if (typeof id !== 'number')
		throw new NodeOperationError(ctx.getNode(), 'Pachca answered the new message without its ID.', { itemIndex: 0 });
	return id;
}

/** Puts the answer buttons under the message; an empty list removes them. */
export async function setButtons(
	ctx: SendContext,
	messageId: number,
	buttons: Button[][],
	as: AuthenticateAs,
	content?: string,
): Promise<void> {
	const message: IDataObject = { buttons };
	if (content !== undefined) message.content = content;
	await sendPachcaCall(ctx, 'message.update', { path: { id: messageId }, body: { message }, as, itemIndex: 0 });
}

/** The message's text as Pachca has it now (people may have seen an edited one). */
export async function messageText(ctx: SendContext, messageId: number, as: AuthenticateAs): Promise<string> {
	const answer = (await sendPachcaCall(ctx, 'message.get', { path: { id: messageId }, as })) as MessageAnswer;
	return answer?.data?.content ?? '';
}
