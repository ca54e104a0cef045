/** n8n's own default limit for a webhook body (N8N_PAYLOAD_SIZE_MAX, 16 MiB). */
const MAX_BYTES = 16 * 1024 * 1024;

export type RawBody = { bytes: Buffer } | { tooLarge: true } | undefined;

/** The parts of n8n's request object (an http.IncomingMessage) this reads. */
interface DeliveryStream {
	rawBody?: unknown;
	readable: boolean;
	readableEnded: boolean;
	on(event: 'data', listener: (chunk: Buffer) => void): unknown;
	on(event: 'end' | 'close' | 'error', listener: () => void): unknown;
}

/**
 * The delivery's bytes exactly as they arrived. n8n keeps them as `rawBody` when it parses the
 * body; for a node of version 2 or later it leaves bodies of other content types (none, or
 * application/octet-stream) unread in the request stream (its parseRequestBody), so the node
 * reads them itself, up to n8n's own size limit. The read ends with the request: n8n's HTTP
 * server closes a request that takes too long, which ends it here too.
 */
export async function rawBodyOf(request: DeliveryStream): Promise<RawBody> {
	if (Buffer.isBuffer(request.rawBody)) return { bytes: request.rawBody };
	if (!request.readable || request.readableEnded) return undefined;
	return await new Promise<RawBody>((resolve) => {
		const chunks: Buffer[] = [];
		let size = 0;
		let done = false;
		// Once done, later chunks are drained and dropped, so the answer can still go out.
		const finish = (result: RawBody) => {
			if (done) return;
			done = true;
			resolve(result);
		};
		request.on('data', (chunk) => {
			if (done) return;
			size += chunk.length;
			if (size > MAX_BYTES) return finish({ tooLarge: true });
			chunks.push(chunk);
		});
		request.on('end', () => finish({ bytes: Buffer.concat(chunks) }));
		request.on('close', () => finish(undefined));
		request.on('error', () => finish(undefined));
	});
}
