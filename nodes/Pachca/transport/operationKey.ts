/** Picks whose catalogue key is not `<resource>.<operation>`: File → Upload is POST /uploads and more. */
const KEY_OF_PICK: Readonly<Record<string, string>> = { 'file.upload': 'file.getUploadParams' };

/** The catalogue key of a Resource/Operation pick (the incoming webhook's is `incomingWebhook.send`). */
export function operationKey(resource: string, operation: string): string {
	const pick = `${resource}.${operation}`;
	return KEY_OF_PICK[pick] ?? pick;
}
