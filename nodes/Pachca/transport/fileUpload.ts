import type { IDataObject, IExecuteSingleFunctions, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { callWithRetry, sendPachcaCall } from '../../shared/send/sendCall';
import { OPERATIONS } from '../../shared/api/catalogue';
import type { FileData } from './fileSource';
import { imageSize } from './imageSize';
import { multipartBody } from './multipart';
import type { AuthenticateAs } from '../../shared/api/tokens';

/** Pachca's file types a node can choose; `voice` also needs a duration and waveform. */
export type FileType = 'file' | 'image' | 'audio';

/** A `files` entry of a message: what File → Upload outputs and attachments send. */
export interface UploadedFile extends IDataObject {
	key: string;
	name: string;
	file_type: FileType;
	size: number;
	width?: number;
	height?: number;
}

/** The placeholder in the granted key that the storage replaces with the uploaded file's name. */
const NAME_PLACEHOLDER = '${filename}';

/**
 * The `files` entry for an uploaded file: the granted key with the real name in place of the
 * placeholder, and width/height for images. Auto sends PNG, GIF, JPEG and WebP (the formats
 * whose size can be read here) as images, anything else as a file.
 */
export function describeFile(file: FileData, grantedKey: string, fileType: FileType | 'auto' = 'auto'): UploadedFile {
	const size = fileType === 'auto' || fileType === 'image' ? imageSize(file.data) : undefined;
	const type: FileType = fileType !== 'auto' ? fileType : size ? 'image' : 'file';
	const entry: UploadedFile = {
		key: grantedKey.split(NAME_PLACEHOLDER).join(file.name),
		name: file.name,
		file_type: type,
		size: file.data.length,
	};
	if (type === 'image' && size) Object.assign(entry, size);
	return entry;
}

/** Reads the signed upload form out of POST /uploads's answer; refuses one without a target. */
export function readGrant(
	node: INode,
	answer: unknown,
	itemIndex: number,
): { directUrl: string; key: string; fields: Array<[string, string]> } {
	const grant = (typeof answer === 'object' && answer !== null ? answer : {}) as IDataObject;
	if (typeof grant.direct_url !== 'string' || typeof grant.key !== 'string') {
		throw new NodeOperationError(
			node,
			'Pachca answered POST /uploads without direct_url or key, so the file could not be uploaded.',
			{ itemIndex },
		);
	}
	// Every signed field goes back as received, in the received order (the key still holds the placeholder).
	const fields = Object.entries(grant).filter(
		(entry): entry is [string, string] => entry[0] !== 'direct_url' && typeof entry[1] === 'string',
	);
	return { directUrl: grant.direct_url, key: grant.key, fields };
}

/**
 * Step 2 of Pachca's upload: the signed fields first, the file last, as multipart/form-data to
 * `direct_url`. That is the storage, not Pachca's API: it takes no token, so none is sent.
 */
export async function sendToStorage(
	ctx: IExecuteSingleFunctions,
	answer: unknown,
	file: FileData,
	itemIndex: number,
): Promise<string> {
	const grant = readGrant(ctx.getNode(), answer, itemIndex);
	const { body, contentType } = multipartBody([
		...grant.fields.map(([name, value]) => ({ name, value })),
		{ name: 'file', fileName: file.name, mimeType: file.mimeType, data: file.data },
	]);
	const spec = OPERATIONS['file.uploadToStorage'];
	await callWithRetry(
		ctx,
		spec,
		undefined,
		async () =>
			await ctx.helpers.httpRequest({
				method: spec.method,
				url: grant.directUrl,
				body,
				headers: { 'Content-Type': contentType },
				json: false,
			}),
		{ itemIndex },
	);
	return grant.key;
}

/** Both steps for one file, under the token the node would use ("Authenticate As"). */
export async function uploadFile(
	ctx: IExecuteSingleFunctions,
	file: FileData,
	as: AuthenticateAs,
	fileType: FileType | 'auto' = 'auto',
): Promise<UploadedFile> {
	const itemIndex = ctx.getItemIndex();
	const answer = await sendPachcaCall(ctx, 'file.getUploadParams', { as, itemIndex });
	return describeFile(file, await sendToStorage(ctx, answer, file, itemIndex), fileType);
}
