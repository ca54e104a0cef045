/**
 * Answering Send and Wait inside Pachca: a Data button carries n8n's signed resume link in
 * short form (Pachca allows 255 characters of data), the Pachca Trigger that receives the press
 * rebuilds the link on its own n8n and opens it. n8n checks the link's signature as for a click
 * in the browser, so the data cannot be forged: changing any part of it breaks the signature.
 *
 * Form: `n8n-wait|<path before the ids>|<execution>|<node id>|<approved 1/0>|<message>|<signature>`.
 */
const PREFIX = 'n8n-wait';
export const MAX_DATA = 255;

/** Sent with the Trigger's request, so the webhook knows a person pressed a Data button in Pachca. */
export const DATA_BUTTON_HEADER = 'x-pachca-data-button';

/** The press's trigger_id, passed on so a Free Text question can open its Pachca form within the 3 s. */
export const TRIGGER_ID_HEADER = 'x-pachca-trigger-id';

/** The callback_id of the Pachca form a Free Text press opens; its private_metadata is the button's data. */
export const FORM_CALLBACK = 'n8n-wait';

const SAFE_PATH = /^\/[\w\-./]*$/;

export function dataOfLink(link: string): string {
	const url = new URL(link);
	const parts = url.pathname.split('/');
	const node = decodeURIComponent(parts.pop() ?? '');
	const execution = parts.pop() ?? '';
	const approved = url.searchParams.get('approved') === 'true' ? '1' : '0';
	const message = url.searchParams.get('message') ?? '';
	const signature = url.searchParams.get('signature') ?? '';
	return [PREFIX, parts.join('/'), execution, node, approved, message, signature].join('|');
}

/** The link's path and query (in n8n's signing order) from a button's data; undefined when it is not ours. */
export function linkOfData(data: unknown): string | undefined {
	if (typeof data !== 'string' || !data.startsWith(`${PREFIX}|`) || data.length > MAX_DATA) return undefined;
	const [, path, execution, node, approved, message, signature] = data.split('|');
	if (!SAFE_PATH.test(path ?? '') || !/^[\w-]+$/.test(execution ?? '') || !/^[\w-]+$/.test(node ?? ''))
		return undefined;
	if (!/^[01]$/.test(approved ?? '') || !/^\d+$/.test(message ?? '') || !/^[0-9a-f]+$/.test(signature ?? ''))
		return undefined;
	const query = new URLSearchParams({ approved: approved === '1' ? 'true' : 'false', message, signature });
	return `${path}/${execution}/${encodeURIComponent(node)}?${query.toString()}`;
}
