import type { IDataObject, IN8nHttpFullResponse } from 'n8n-workflow';

/**
 * An answer that is not Pachca's JSON: a cut-off body, a proxy's HTML error page, a login page.
 * Only its opening is kept, enough to recognise it in an error message.
 */
export interface OddAnswer {
	contentType?: string;
	/** The first bytes, as text on one line. */
	head: string;
	size: number;
	/** An HTML page's <title> or first <h1>, when it has one. */
	title?: string;
}

const HEAD_CHARS = 80;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function pageTitle(text: string): string | undefined {
	const match = /<title[^>]*>([^<]*)<\/title>/i.exec(text) ?? /<h1[^>]*>([^<]*)<\/h1>/i.exec(text);
	const title = match ? oneLine(match[1]) : '';
	return title === '' ? undefined : title.slice(0, HEAD_CHARS);
}

/** A non-empty text body (n8n hands over what did not parse as JSON as a string); undefined otherwise. */
export function oddAnswerOf(body: unknown, contentType?: string): OddAnswer | undefined {
	if (typeof body !== 'string' || body.trim() === '') return undefined;
	const head = oneLine(body.slice(0, HEAD_CHARS * 2)).slice(0, HEAD_CHARS);
	return {
		contentType,
		head: body.length > HEAD_CHARS ? `${head}…` : head,
		size: Buffer.byteLength(body),
		title: pageTitle(body),
	};
}

/** Thrown for a 2xx answer that is not JSON; shaped like an HTTP error so readFailure reads it as one. */
export class NotJsonAnswer extends Error {
	readonly response: { status: number; statusText?: string; data: unknown; headers: IDataObject };

	constructor(answer: IN8nHttpFullResponse) {
		super(`Pachca answered HTTP ${answer.statusCode} with a body that is not JSON`);
		this.name = 'NotJsonAnswer';
		const contentType = answer.headers?.['content-type'];
		this.response = {
			status: answer.statusCode,
			statusText: answer.statusMessage,
			data: answer.body,
			headers: { 'content-type': contentType },
		};
	}
}

/** Every Pachca call's check, on a request sent with `returnFullResponse`; resolves to the body. */
export function jsonBodyOf(answer: IN8nHttpFullResponse): unknown {
	if (oddAnswerOf(answer.body)) throw new NotJsonAnswer(answer);
	return answer.body;
}

/** Message text and the opening of the hint for an odd answer. */
export function oddAnswerWords(odd: OddAnswer, status?: number, statusText?: string): { text: string; hint: string } {
	const html = /html/i.test(odd.contentType ?? '') || /^\s*<(!doctype|html)/i.test(odd.head);
	const statusLine = status ? `HTTP ${status}${statusText ? ` ${statusText}` : ''}` : 'an answer';
	const titled = odd.title ? ` "${odd.title}"` : '';
	let text = html ? (odd.title ?? 'a web page') : odd.head;
	if (status && status < 300)
		text = html ? `the answer is a web page${titled}, not JSON` : 'the answer is not complete JSON';
	// A titled page is named by its title; anything else is shown by its opening.
	const opening = html && odd.title ? '' : `, starting with: ${odd.head}`;
	const what = `${statusLine}, ${odd.contentType ?? 'no content type'}, ${odd.size} bytes${opening}`;
	let hint = `The answer is not in Pachca's JSON format, so something other than Pachca's API may have answered (${what}).`;
	if (html)
		hint =
			`Something between n8n and Pachca (a proxy, gateway or firewall) answered instead of Pachca, or the ` +
			`Base URL in the Pachca API credential points at a web site (${what}).`;
	else if (status && status < 300)
		hint = `Pachca's answer was cut short or replaced on the way, for example by a proxy or a dropped connection (${what}).`;
	return { text, hint };
}
