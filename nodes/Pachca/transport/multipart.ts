import { randomBytes } from 'node:crypto';

/** One part of a multipart/form-data body: a text field, or a file. */
export type FormPart =
	| { name: string; value: string }
	| { name: string; fileName: string; mimeType: string; data: Buffer };

/** Quoted header values: a quote or line break would end the header early. */
const quoted = (text: string) => `"${text.replace(/"/g, '%22').replace(/\r?\n|\r/g, ' ')}"`;

/**
 * A multipart/form-data body with the parts in exactly the given order. Built by hand because
 * the order matters (S3-style upload targets read the signed fields before the file) and the
 * file name must reach the server as UTF-8, as browsers send it.
 */
export function multipartBody(parts: FormPart[]): { body: Buffer; contentType: string } {
	const boundary = `----PachcaPlus${randomBytes(16).toString('hex')}`;
	const chunks: Buffer[] = [];
	for (const part of parts) {
		let head = `--${boundary}\r\nContent-Disposition: form-data; name=${quoted(part.name)}`;
		if ('data' in part) head += `; filename=${quoted(part.fileName)}\r\nContent-Type: ${part.mimeType}`;
		chunks.push(
			Buffer.from(`${head}\r\n\r\n`, 'utf8'),
			'data' in part ? part.data : Buffer.from(part.value, 'utf8'),
			Buffer.from('\r\n'),
		);
	}
	chunks.push(Buffer.from(`--${boundary}--\r\n`));
	return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
