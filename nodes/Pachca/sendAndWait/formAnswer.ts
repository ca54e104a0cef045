import type { IDataObject } from 'n8n-workflow';

export interface FormField {
	label: string;
	type: 'text' | 'textarea' | 'number' | 'email' | 'date' | 'dropdown';
	placeholder?: string;
	required: boolean;
	options: string[];
}

interface FieldValues {
	fieldLabel?: string;
	fieldType?: FormField['type'];
	placeholder?: string;
	requiredField?: boolean;
	fieldOptions?: { values?: Array<{ option?: string }> | { option?: string } };
}

/** Free Text: one required text box, answered as `data.text`. */
export const FREE_TEXT: FormField[] = [{ label: 'Response', type: 'textarea', required: true, options: [] }];

/** Custom Form's fields from the node's Form Elements. */
export function formFieldsOf(values: FieldValues[]): FormField[] {
	return values.map((v, i) => ({
		label: String(v.fieldLabel ?? '').trim() || `Field ${i + 1}`,
		type: v.fieldType ?? 'text',
		placeholder: v.placeholder || undefined,
		required: v.requiredField === true,
		options: [v.fieldOptions?.values ?? []]
			.flat()
			.map((o) => String(o.option ?? ''))
			.filter((o) => o !== ''),
	}));
}

/**
 * The values of the form's POST. The page posts multipart/form-data, which n8n requires for a
 * Custom Form and parses into `{ data, files }`; a url-encoded body comes as an object or raw.
 */
function bodyValues(body: unknown): IDataObject {
	if (typeof body === 'string' || Buffer.isBuffer(body)) {
		return Object.fromEntries(new URLSearchParams(body.toString()));
	}
	const object = (body ?? {}) as IDataObject;
	const data = object.data;
	return data && typeof data === 'object' && !('field-0' in object) ? (data as IDataObject) : object;
}

/** The submitted values under each field's label, or what is missing. */
export function readAnswer(fields: FormField[], body: unknown): { values: IDataObject } | { error: string } {
	const sent = bodyValues(body);
	const values: IDataObject = {};
	for (const [i, field] of fields.entries()) {
		const raw = sent[`field-${i}`];
		const text = (Array.isArray(raw) ? raw.join(', ') : String(raw ?? '')).trim();
		if (field.required && text === '') return { error: `Fill in "${field.label}".` };
		if (field.type === 'dropdown' && text !== '' && !field.options.includes(text))
			return { error: `"${field.label}" must be one of the listed options.` };
		values[field.label] = field.type === 'number' && text !== '' ? Number(text) : text;
	}
	return { values };
}
