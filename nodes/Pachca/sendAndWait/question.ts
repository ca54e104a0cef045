import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { AuthenticateAs } from '../../shared/api/tokens';
import { AUTHENTICATE_AS_PATH } from '../../shared/send/planCall';
import { MAX_DATA, dataOfLink } from '../../shared/sendAndWait/dataButton';
import type { Button, Destination } from './pachcaCalls';
import { OPTIONS } from './description';
import { messageText } from './messageText';

/** Pachca's limit for a button's text (guides: buttons). */
const MAX_BUTTON_TEXT = 255;

export type ResponseType = 'approval' | 'freeText' | 'customForm';

/** A label for a button, checked against Pachca's limit before anything is sent. */
function label(ctx: IExecuteFunctions, value: unknown, fallback: string, field: string): string {
	const text = String(value ?? '').trim() || fallback;
	if (text.length > MAX_BUTTON_TEXT) {
		throw new NodeOperationError(ctx.getNode(), `${field} is longer than ${MAX_BUTTON_TEXT} characters.`, {
			description: `Pachca shows at most ${MAX_BUTTON_TEXT} characters on a button; shorten the label.`,
			itemIndex: 0,
		});
	}
	return text;
}

function idOf(ctx: IExecuteFunctions, name: string, field: string): number {
	const raw = ctx.getNodeParameter(name, 0, '', { extractValue: true });
	const id = Number(String(raw).trim());
	if (!Number.isInteger(id) || id <= 0) {
		throw new NodeOperationError(ctx.getNode(), `${field} must be a numeric ID, got "${String(raw)}".`, {
			description: `Pick the ${field.toLowerCase()} from the list, or enter its ID.`,
			itemIndex: 0,
		});
	}
	return id;
}

/** Send To and its picker (the same as Send a Message's). */
export function destinationOf(ctx: IExecuteFunctions): Destination {
	const type = ctx.getNodeParameter('sendTo', 0, 'discussion') as Destination['entity_type'];
	if (type === 'thread') return { entity_type: type, entity_id: idOf(ctx, 'sendToThread', 'Thread ID') };
	if (type === 'user') return { entity_type: type, entity_id: idOf(ctx, 'sendToUser', 'User') };
	return { entity_type: 'discussion', entity_id: idOf(ctx, 'sendToChat', 'Chat') };
}

export function questionText(ctx: IExecuteFunctions): string {
	const text = messageText(ctx).trim();
	if (text === '') {
		throw new NodeOperationError(ctx.getNode(), 'Message is empty.', {
			description: 'Enter the question people answer.',
			itemIndex: 0,
		});
	}
	return text;
}

/** A button answered through a Pachca Trigger (Data button), or a link (Free Text's press opens a Pachca form). */
function choice(ctx: IExecuteFunctions, text: string, link: string): Button {
	if (ctx.getNodeParameter('answerIn', 0, 'browser') !== 'pachca') return { text, url: link };
	const data = dataOfLink(link);
	if (data.length > MAX_DATA) {
		throw new NodeOperationError(
			ctx.getNode(),
			`The answer does not fit in a Data button (${data.length} characters).`,
			{
				description: `Pachca keeps at most ${MAX_DATA} characters of button data; choose Answer In: Browser.`,
				itemIndex: 0,
			},
		);
	}
	return { text, data };
}

/** The rows of buttons; `link(approved)` gives the signed resume link of each choice. */
export function answerButtons(ctx: IExecuteFunctions, link: (approved: boolean) => string): Button[][] {
	const type = ctx.getNodeParameter('responseType', 0, 'approval') as ResponseType;
	if (type !== 'approval') {
		const text = label(
			ctx,
			ctx.getNodeParameter(`${OPTIONS}.messageButtonLabel`, 0, ''),
			'Respond',
			'Message Button Label',
		);
		return [[choice(ctx, text, link(true))]];
	}
	const labels = ctx.getNodeParameter('approvalOptions.values', 0, {}) as IDataObject;
	const approve = choice(ctx, label(ctx, labels.approveLabel, '✅ Approve', 'Approve Button Label'), link(true));
	if (labels.approvalType !== 'double') return [[approve]];
	const decline = choice(ctx, label(ctx, labels.disapproveLabel, '❌ Decline', 'Decline Button Label'), link(false));
	return [[approve, decline]];
}

export function authenticateAs(ctx: { getNodeParameter: IExecuteFunctions['getNodeParameter'] }): AuthenticateAs {
	return ctx.getNodeParameter(AUTHENTICATE_AS_PATH, 0, 'auto') as AuthenticateAs;
}
