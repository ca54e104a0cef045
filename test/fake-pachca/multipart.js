// @ts-check
'use strict';
// Minimal multipart/form-data parser: enough for the upload and avatar routes. Keeps the
// order of parts (the direct upload must see its signed fields before the file) and keeps
// file content as a Buffer.

/** @typedef {{ field: string, filename: string, contentType: string, size: number, content: Buffer }} UploadedFile */
/** @typedef {{ fields: Record<string, string>, files: UploadedFile[], order: string[] }} Multipart */

/** @param {string|undefined} contentType */
function boundaryOf(contentType) {
	const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType || '');
	return m ? m[1] || m[2] : null;
}

/** @param {string} header @param {string} name */
function headerParam(header, name) {
	// filename*=UTF-8''... (RFC 5987) wins over the plain form when both are present.
	const star = new RegExp(`${name}\\*=(?:UTF-8|utf-8)''([^;]+)`).exec(header);
	if (star) return decodeURIComponent(star[1]);
	const m =
		new RegExp(`(?:^|;)\\s*${name}="((?:[^"\\\\]|\\\\.)*)"`).exec(header) ||
		new RegExp(`(?:^|;)\\s*${name}=([^;]+)`).exec(header);
	return m ? m[1].replace(/\\(.)/g, '$1').trim() : null;
}

/**
 * @param {Buffer} buf
 * @param {string|undefined} contentType
 * @returns {Multipart|null} null when the body is not well-formed multipart
 */
function parseMultipart(buf, contentType) {
	const boundary = boundaryOf(contentType);
	if (!boundary) return null;
	const delim = Buffer.from(`--${boundary}`);
	/** @type {Multipart} */
	const out = { fields: {}, files: [], order: [] };
	// `order` (part names as sent) is for the routes only; hidden so the logged body is { fields, files }.
	Object.defineProperty(out, 'order', { enumerable: false });
	let pos = buf.indexOf(delim);
	if (pos < 0) return null;
	for (;;) {
		pos += delim.length;
		if (buf.slice(pos, pos + 2).toString() === '--') return out; // closing delimiter
		if (buf.slice(pos, pos + 2).toString() === '\r\n') pos += 2;
		const headEnd = buf.indexOf('\r\n\r\n', pos);
		if (headEnd < 0) return null;
		const next = buf.indexOf(Buffer.concat([Buffer.from('\r\n'), delim]), headEnd + 4);
		if (next < 0) return null;
		const head = buf.slice(pos, headEnd).toString('utf8');
		const content = buf.slice(headEnd + 4, next);
		/** @type {Record<string, string>} */
		const headers = {};
		for (const line of head.split('\r\n')) {
			const i = line.indexOf(':');
			if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
		}
		const disp = headers['content-disposition'] || '';
		const name = headerParam(disp, 'name');
		if (name === null) return null;
		const filename = headerParam(disp, 'filename');
		out.order.push(name);
		if (filename !== null) {
			out.files.push({
				field: name,
				filename,
				contentType: headers['content-type'] || 'application/octet-stream',
				size: content.length,
				content: Buffer.from(content),
			});
		} else {
			out.fields[name] = content.toString('utf8');
		}
		pos = next + 2;
	}
}

module.exports = { parseMultipart };
