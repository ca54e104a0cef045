import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { binaryFile, urlFile } from '../../transport/fileSource';
import { AUTHENTICATE_AS_PATH } from '../../../shared/send/planCall';
import type { AuthenticateAs } from '../../../shared/api/tokens';
import type { UploadedFile } from '../../transport/fileUpload';
import { uploadFile } from '../../transport/fileUpload';
import { InputError, parseJsonField, requireHttpUrl } from '../../../shared/api/validation';
import type { CollectionOption } from '../../fields/collection';
import { place } from '../../../shared/send/checkFields';

/** Adds files to `message.files`, after any the other file fields put there (their order does not matter). */
function appendFiles(options: IHttpRequestOptions, files: IDataObject[]): IHttpRequestOptions {
	const body = (options.body ?? {}) as { message?: { files?: IDataObject[] } };
	return place(options, 'body:message.files', [...(body.message?.files ?? []), ...files]);
}

function listOf(value: unknown, label: string, example: string): string[] {
	const parts = String(value ?? '')
		.split(/[,\n]/)
		.map((part) => part.trim())
		.filter((part) => part !== '');
	if (parts.length === 0) throw new InputError(`${label} is empty. Enter ${example}, separated by commas.`);
	return parts;
}

/** Uploads each file under the node's token choice; all are read first, so bad input uploads nothing. */
async function uploadAll(
	ctx: IExecuteSingleFunctions,
	read: Array<() => ReturnType<typeof binaryFile>>,
): Promise<UploadedFile[]> {
	const files = [];
	for (const next of read) files.push(await next());
	const as = ctx.getNodeParameter(AUTHENTICATE_AS_PATH, 'auto') as AuthenticateAs;
	const uploaded: UploadedFile[] = [];
	for (const file of files) uploaded.push(await uploadFile(ctx, file, as));
	return uploaded;
}

/** Files already uploaded (File → Upload's output), as JSON; each needs at least a key and a name. */
function checkFilesJson(value: unknown, label: string): IDataObject[] {
	const files = parseJsonField(value, label);
	const ok =
		Array.isArray(files) &&
		files.every(
			(file) =>
				typeof file === 'object' && file !== null && typeof file.key === 'string' && typeof file.name === 'string',
		);
	if (!ok)
		throw new InputError(
			`${label} must be a list of files like [{"key": "…", "name": "a.pdf", "file_type": ` +
				`"file", "size": 1024}], as File → Upload outputs them.`,
		);
	return files as IDataObject[];
}

/** Files uploaded in the same step: binary fields of the input item, and links. Both add to `message.files`. */
export function attachmentOptions(option: CollectionOption): INodeProperties[] {
	return [
		option.via(
			{
				displayName: 'Attach Binary Fields',
				name: 'attachBinary',
				type: 'string',
				default: '',
				placeholder: 'e.g. data, invoice',
				description:
					"For files already in the workflow (Read File, HTTP Request…): names of the input item's " +
					'binary fields, separated by commas; each is uploaded to Pachca and attached',
			},
			'body:message.files',
			async (ctx, value, label, options) => {
				const names = listOf(value, label, 'the names of binary fields');
				return appendFiles(
					options,
					await uploadAll(
						ctx,
						names.map((name) => async () => await binaryFile(ctx, name, label)),
					),
				);
			},
		),
		option.via(
			{
				displayName: 'Attach File URLs',
				name: 'attachUrls',
				type: 'string',
				default: '',
				placeholder: 'e.g. https://example.com/report.pdf',
				description:
					'For files on the web: links separated by commas or new lines; each is downloaded ' +
					'(without the Pachca token), uploaded to Pachca and attached',
			},
			'body:message.files',
			async (ctx, value, label, options) => {
				const urls = listOf(value, label, 'links').map((url) => requireHttpUrl(url, label));
				return appendFiles(
					options,
					await uploadAll(
						ctx,
						urls.map((url) => async () => await urlFile(ctx, url, label)),
					),
				);
			},
		),
	];
}

/** Files uploaded earlier, as JSON; added to `message.files` too ([] alone removes a message's files). */
export function filesJsonOption(option: CollectionOption): INodeProperties {
	return option.via(
		{
			displayName: 'Files (JSON)',
			name: 'files',
			type: 'json',
			default: '[]',
			description:
				'For files uploaded in an earlier step with File → Upload: its output as a list, e.g. ' +
				'[{"key": "…", "name": "a.pdf", "file_type": "file", "size": 1024}]',
		},
		'body:message.files',
		async (_ctx, value, label, options) => appendFiles(options, checkFilesJson(value, label)),
	);
}
