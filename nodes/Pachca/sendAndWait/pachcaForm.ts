import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { FORM_CALLBACK } from '../../shared/sendAndWait/dataButton';
import { sendPachcaCall } from '../../shared/send/sendCall';
import type { AuthenticateAs } from '../../shared/api/tokens';
import type { FormField } from './formAnswer';

/** Pachca's limits for a view's title and button texts (views/open). */
const MAX_VIEW_TEXT = 24;
const MAX_LABEL = 150;
const MAX_PLAIN_TEXT = 12000;
const MAX_OPTION = 75;

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export interface AnswerForm {
	title: string;
	description: string;
	button: string;
	fields: FormField[];
}

/**
 * A field as a Pachca view block, named `field-N` like the browser form's, so both answers are
 * read alike (readAnswer). Pachca has no number or email box: those are text boxes, checked on submission.
 */
function blockOf(field: FormField, index: number): IDataObject {
	const block: IDataObject = { name: `field-${index}`, label: cut(field.label, MAX_LABEL), required: field.required };
	if (field.type === 'dropdown')
		return { type: 'select', ...block, options: field.options.map((o) => ({ text: cut(o, MAX_OPTION), value: o })) };
	if (field.type === 'date') return { type: 'date', ...block };
	if (field.placeholder) block.placeholder = cut(field.placeholder, MAX_LABEL);
	return { type: 'input', ...block, multiline: field.type === 'textarea' };
}

/**
 * Opens the answer form in Pachca for a Data button's press (Free Text or Custom Form answered
 * inside Pachca).
 * The form carries the button's data, the signed short form of the resume link, back as its
 * private_metadata: the Pachca Trigger that receives the submission opens that link, and n8n
 * checks its signature, so a submission cannot name another execution or forge an answer.
 */
export async function openPachcaForm(
	ctx: IWebhookFunctions,
	form: AnswerForm,
	triggerId: string,
	signedData: string,
	as: AuthenticateAs,
): Promise<void> {
	const blocks: IDataObject[] = [];
	if (form.description.trim()) blocks.push({ type: 'plain_text', text: cut(form.description, MAX_PLAIN_TEXT) });
	blocks.push(...form.fields.map(blockOf));
	const body = {
		type: 'modal',
		trigger_id: triggerId,
		callback_id: FORM_CALLBACK,
		private_metadata: signedData,
		view: {
			title: cut(form.title.trim() || 'Your answer', MAX_VIEW_TEXT),
			submit_text: cut(form.button.trim() || 'Submit', MAX_VIEW_TEXT),
			blocks,
		},
	};
	await sendPachcaCall(ctx, 'form.open', { body, as });
}
