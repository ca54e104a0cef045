import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { FakePachca, LoggedRequest } from './pachca';

export interface TestFile {
	fileName: string;
	mimeType: string;
	bytes: Buffer;
}

/** An input item holding these files as binary fields, as n8n keeps them in memory (base64). */
export function binaryItem(files: Record<string, TestFile>, json: IDataObject = {}): INodeExecutionData {
	const binary: INodeExecutionData['binary'] = {};
	for (const [field, { fileName, mimeType, bytes }] of Object.entries(files)) {
		binary[field] = { data: bytes.toString('base64'), mimeType, fileName, fileExtension: fileName.split('.').pop() };
	}
	return { json, binary };
}

/** The first 33 bytes of a PNG (signature and IHDR chunk): enough for its size to be read. */
export function pngHeader(width: number, height: number): Buffer {
	const ihdr = Buffer.alloc(25);
	ihdr.writeUInt32BE(13, 0);
	ihdr.write('IHDR', 4, 'ascii');
	ihdr.writeUInt32BE(width, 8);
	ihdr.writeUInt32BE(height, 12);
	ihdr.set([8, 6, 0, 0, 0], 16);
	return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr]);
}

/** Multipart bodies as the fake logs them: fields, files, and (not enumerable) the part order. */
export interface LoggedForm {
	fields: Record<string, string>;
	files: Array<{ field: string; filename: string; contentType: string; size: number; content: Buffer }>;
	order: string[];
}

export const formOf = (request: LoggedRequest) => request.body as LoggedForm;

/** The requests the fake received, as "METHOD /path". */
export const calls = (fake: FakePachca) =>
	fake.requests.map((request: LoggedRequest) => `${request.method} ${request.path}`);

/** Bytes of what the fake stores under an upload key. */
export const storedBytes = (fake: FakePachca, key: string) =>
	(fake.state.uploads.get(key) as { content: Buffer } | undefined)?.content;
