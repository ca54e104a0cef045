/** A value the user entered that cannot be sent; the message names the field and what to do. */
export class InputError extends Error {}

export function toId(value: unknown, label: string): number {
	const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
		const shown = value === undefined || value === null || value === '' ? 'nothing' : `"${String(value)}"`;
		throw new InputError(`${label} must be a positive whole number; got ${shown}. Pick it from the list, paste its numeric ID, or map a number from an earlier node.`);
	}
	return Number(text);
}

/** IDs from a comma-separated string, an array, or a single number. */
export function toIdList(value: unknown, label: string): number[] {
	const parts = Array.isArray(value)
		? value
		: typeof value === 'number'
			? [value]
			: String(value ?? '')
					.split(/[\s,;]+/)
					.filter((part) => part !== '');
	if (parts.length === 0) throw new InputError(`${label} is empty. Enter one or more numeric IDs, separated by commas.`);
	return parts.map((part, index) => toId(part, `${label} (entry ${index + 1})`));
}

export function requireText(value: unknown, label: string): string {
	const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
	if (text.trim() === '') throw new InputError(`${label} is empty. Enter the text to send.`);
	return text;
}

/** Dates from the date picker (ISO text), epoch milliseconds, Date or Luxon objects → ISO-8601 UTC. */
export function toIsoDate(value: unknown, label: string): string {
	const raw = typeof value === 'object' && value !== null ? (value as { valueOf(): unknown }).valueOf() : value;
	const usable = typeof raw === 'number' || (typeof raw === 'string' && raw.trim() !== '');
	const date = usable ? new Date(typeof raw === 'string' ? raw.trim() : (raw as number)) : undefined;
	if (!date || Number.isNaN(date.getTime())) {
		throw new InputError(`${label} is not a valid date: "${String(value ?? '')}". Use a date like 2025-05-01T09:00:00Z or pick one in the date picker.`);
	}
	return date.toISOString();
}

/** JSON typed into a field (or an object mapped from an earlier node), parsed before sending. */
export function parseJsonField(value: unknown, label: string): unknown {
	if (typeof value !== 'string') return value;
	if (value.trim() === '') throw new InputError(`${label} is empty. Enter JSON, for example [] or {}.`);
	let problem = '';
	let parsed: unknown;
	try {
		parsed = JSON.parse(value);
	} catch (error) {
		problem = (error as Error).message;
	}
	if (problem) throw new InputError(`${label} is not valid JSON: ${problem}. Check quotes, commas and brackets.`);
	return parsed;
}
