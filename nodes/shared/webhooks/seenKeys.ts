import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

/**
 * Remembers `key` in workflow static data (so it survives restarts and is shared by every
 * process in queue mode). The list keeps the newest `limit` keys. Returns false when the key
 * was already there. The list is reassigned, never mutated, so n8n sees the change and saves it.
 */
export function rememberOnce(store: IDataObject, field: string, key: string, limit: number): boolean {
	const known = Array.isArray(store[field]) ? (store[field] as string[]) : [];
	if (known.includes(key)) return false;
	store[field] = [...known, key].slice(-limit);
	return true;
}

function canonical(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(canonical);
	if (typeof value !== 'object' || value === null) return value;
	const source = value as Record<string, unknown>;
	return Object.fromEntries(
		Object.keys(source)
			.sort()
			.map((key) => [key, canonical(source[key])]),
	);
}

/**
 * Identity of a delivery for redelivery detection: the payload without `webhook_timestamp`,
 * which Pachca stamps anew on every send, hashed with sorted keys.
 */
export function deliveryKey(payload: IDataObject): string {
	const event = { ...payload };
	delete event.webhook_timestamp;
	return createHash('sha256')
		.update(JSON.stringify(canonical(event)))
		.digest('hex')
		.slice(0, 32);
}
