import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readFailure } from '../../shared/send/retry';
import { InputError } from '../../shared/api/validation';

/** A file to upload: its bytes, the name Pachca shows, and its MIME type. */
export interface FileData {
	name: string;
	mimeType: string;
	data: Buffer;
}

/**
 * Names that survive the trip: the storage puts the name into the file's key (a path), and the
 * multipart form quotes it, so path separators, quotes and control characters become "_".
 */
export function safeFileName(name: string, fallback = 'file'): string {
	// eslint-disable-next-line no-control-regex
	const cleaned = name.replace(/[/\\"\u0000-\u001f\u007f]/g, '_').trim();
	return cleaned === '' || cleaned === '.' || cleaned === '..' ? fallback : cleaned;
}

function decoded(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text; // not percent-encoded after all
	}
}

/** File name from a Content-Disposition header (RFC 6266: `filename*` wins over `filename`). */
export function fileNameFromDisposition(header: unknown): string | undefined {
	const text = typeof header === 'string' ? header : '';
	const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(text);
	if (extended) return decoded(extended[1].trim());
	const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(text);
	const name = plain ? (plain[1] ?? plain[2]).trim() : '';
	return name === '' ? undefined : name;
}

/** The binary property `property` of the current input item. */
export async function binaryFile(ctx: IExecuteSingleFunctions, property: string, label: string): Promise<FileData> {
	const name = property.trim();
	if (name === '')
		throw new InputError(`${label} is empty. Enter the name of the input item's binary field, for example data.`);
	const binary = ctx.getInputData().binary ?? {};
	const found = binary[name];
	if (!found) {
		const present = Object.keys(binary);
		throw new InputError(
			`${label}: the input item has no binary field "${name}" ` +
				(present.length ? `(it has: ${present.join(', ')})` : '(it has no binary data at all)') +
				'. Enter the name of a binary field from the previous node.',
		);
	}
	const data = await ctx.helpers.getBinaryDataBuffer(name);
	const fallback = `${name}${found.fileExtension ? `.${found.fileExtension}` : ''}`;
	return {
		name: safeFileName(found.fileName ?? fallback, fallback),
		mimeType: found.mimeType || 'application/octet-stream',
		data,
	};
}

/** Downloads a file from a public URL (no Pachca token is sent), to upload it to Pachca. */
export async function urlFile(ctx: IExecuteSingleFunctions, url: string, label: string): Promise<FileData> {
	let response: { body: unknown; headers: Record<string, unknown> };
	try {
		response = (await ctx.helpers.httpRequest({
			method: 'GET',
			url,
			encoding: 'arraybuffer',
			json: false,
			returnFullResponse: true,
		})) as typeof response;
	} catch (error) {
		const failure = readFailure(error);
		throw new NodeOperationError(
			ctx.getNode(),
			`Could not download ${label} from ${url} (${failure.status ? `HTTP ${failure.status}` : (failure.code ?? 'no response')})`,
			{
				itemIndex: ctx.getItemIndex(),
				description: 'Check that the link opens without signing in, or pass the file as binary data instead.',
			},
		);
	}
	const data = Buffer.from(response.body as ArrayBuffer);
	const fromPath = decoded(new URL(url).pathname).split('/').pop() ?? '';
	const name = fileNameFromDisposition(response.headers['content-disposition']) ?? fromPath;
	const mimeType = String(response.headers['content-type'] ?? 'application/octet-stream')
		.split(';')[0]
		.trim();
	return { name: safeFileName(name), mimeType, data };
}
