import type { FormField } from './formAnswer';

/** The pages the resume links open: the response form, and what the person sees afterwards. */

const escape = (text: string) =>
	text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const STYLE =
	'body{font-family:system-ui,sans-serif;background:#f4f5f7;margin:0;padding:40px 16px;color:#1f2329}' +
	'main{max-width:480px;margin:auto;background:#fff;border-radius:12px;padding:28px;box-shadow:0 1px 4px #0002}' +
	'label{display:block;margin:16px 0 6px;font-weight:600}input,select,textarea{width:100%;box-sizing:border-box;' +
	'padding:9px;border:1px solid #c9cdd4;border-radius:6px;font:inherit}textarea{min-height:110px}' +
	'button{margin-top:22px;width:100%;padding:11px;border:0;border-radius:6px;background:#2b7bf0;color:#fff;font:inherit}' +
	'.note{white-space:pre-wrap;color:#4a5160}.error{color:#c0392b}';

function page(title: string, body: string): string {
	return (
		'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
		`<title>${escape(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`
	);
}

/** A short page: the outcome after an answer, or why nothing happened. */
export function notePage(heading: string, text: string): string {
	return page(heading, `<h2>${escape(heading)}</h2><p class="note">${escape(text)}</p>`);
}

function input(field: FormField, index: number): string {
	const name = `field-${index}`;
	const required = field.required ? ' required' : '';
	const placeholder = field.placeholder ? ` placeholder="${escape(field.placeholder)}"` : '';
	const label = `<label for="${name}">${escape(field.label)}${field.required ? ' *' : ''}</label>`;
	if (field.type === 'textarea')
		return `${label}<textarea id="${name}" name="${name}"${placeholder}${required}></textarea>`;
	if (field.type === 'dropdown') {
		const options = field.options.map((o) => `<option value="${escape(o)}">${escape(o)}</option>`).join('');
		return `${label}<select id="${name}" name="${name}"${required}><option value=""></option>${options}</select>`;
	}
	return `${label}<input id="${name}" name="${name}" type="${field.type}"${placeholder}${required}>`;
}

/** The response form; it posts back to its own (signed) address. */
export function formPage(
	form: { title: string; description: string; button: string; fields: FormField[] },
	error = '',
) {
	const fields = form.fields.map(input).join('');
	const problem = error ? `<p class="error">${escape(error)}</p>` : '';
	return page(
		form.title || 'Your answer',
		`${form.title ? `<h2>${escape(form.title)}</h2>` : ''}<p class="note">${escape(form.description)}</p>${problem}` +
			`<form method="POST" action="" enctype="multipart/form-data">${fields}<button type="submit">${escape(form.button)}</button></form>`,
	);
}
