import type { OperationKey } from '../../shared/api/catalogue';

/**
 * Picks that are custom operations rather than API endpoints (no routing; n8n-core runs the
 * node's customOperations instead), with the catalogue entries each one calls: Message → Reply
 * (reply) and Message → Send and Wait for Response (sendAndWait).
 */
export const CUSTOM_OPERATIONS: Readonly<Record<string, readonly OperationKey[]>> = {
	'message.reply': ['thread.create', 'message.create'],
	'message.sendAndWait': ['message.create', 'message.update', 'message.get'],
};
