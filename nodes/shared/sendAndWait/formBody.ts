/**
 * A Pachca form's submitted values as a multipart/form-data body, the way a browser posts the
 * answer page: n8n's waiting webhook accepts a Custom Form's answer only in that encoding, and
 * parses it for Free Text as well. A list (checkboxes) becomes one part per value.
 */
export function multipartOf(values: unknown): { body: Buffer; contentType: string } {
	// Not a secret: only has to differ from the values' text.
	const boundary = `----pachcaForm${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
	const entries = values && typeof values === 'object' ? Object.entries(values) : [];
	const parts: string[] = [];
	for (const [name, value] of entries) {
		for (const one of Array.isArray(value) ? value : [value]) {
			const text = typeof one === 'string' ? one : one == null ? '' : JSON.stringify(one);
			const safeName = name.replace(/["\r\n]/g, '');
			parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${safeName}"\r\n\r\n${text}\r\n`);
		}
	}
	parts.push(`--${boundary}--\r\n`);
	return { body: Buffer.from(parts.join(''), 'utf8'), contentType: `multipart/form-data; boundary=${boundary}` };
}
