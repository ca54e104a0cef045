import type { JsonObject } from 'n8n-workflow';

/** Values Pachca echoes back are the user's input: a field named like a secret is never shown. */
const SECRET_KEY = /token|secret|password|authorization/i;
const MAX_VALUE = 200;

interface ErrorEntry {
	key?: unknown;
	value?: unknown;
	code?: unknown;
	message?: unknown;
}

/**
 * Pachca's errors[] as n8n's error details show them ("Error data"): key, value, code and
 * message of each; undefined when the answer has none.
 */
export function errorItems(body: unknown): JsonObject[] | undefined {
	const items = typeof body === 'object' && body !== null ? (body as { errors?: unknown }).errors : undefined;
	if (!Array.isArray(items) || items.length === 0) return undefined;
	return (items as ErrorEntry[]).map((entry) => {
		const key = typeof entry?.key === 'string' ? entry.key : null;
		let value = entry?.value === undefined ? null : entry.value;
		if (key && SECRET_KEY.test(key) && value !== null) value = '(hidden)';
		else if (typeof value === 'string' && value.length > MAX_VALUE) value = `${value.slice(0, MAX_VALUE)}…`;
		else if (value !== null && typeof value === 'object') value = JSON.stringify(value).slice(0, MAX_VALUE);
		return { key, value, code: entry?.code ?? null, message: entry?.message ?? null } as JsonObject;
	});
}
