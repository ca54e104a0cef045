/** A value the user entered that cannot be sent; the message names the field and what to do. */
export class InputError extends Error {}

export function toId(value: unknown, label: string): number {
	const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
		const shown = value === undefined || value === null || value === '' ? 'nothing' : `"${String(value)}"`;
		throw new InputError(
			`${label} must be a positive whole number; got ${shown}. Pick it from the list, paste its numeric ID, or ` +
				`map a number from an earlier node.`,
		);
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
	if (parts.length === 0)
		throw new InputError(`${label} is empty. Enter one or more numeric IDs, separated by commas.`);
	return parts.map((part, index) => toId(part, `${label} (entry ${index + 1})`));
}

/** Texts from a comma-separated string or an array (tag names, bot commands), trimmed, none empty. */
export function toTextList(value: unknown, label: string): string[] {
	const parts = (Array.isArray(value) ? value.map(String) : String(value ?? '').split(','))
		.map((part) => part.trim())
		.filter((part) => part !== '');
	if (parts.length === 0) throw new InputError(`${label} is empty. Enter one or more values, separated by commas.`);
	return parts;
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
		throw new InputError(
			`${label} is not a valid date: "${String(value ?? '')}". Use a date like 2025-05-01T09:00:00Z or pick one in the date picker.`,
		);
	}
	return date.toISOString();
}

/**
 * A calendar day (YYYY-MM-DD) from the date picker, ISO text or a Date. Text without a time zone
 * (what the picker gives) keeps its own day; anything else is converted to UTC first.
 */
export function toIsoDay(value: unknown, label: string): string {
	const local = typeof value === 'string' ? /^\s*(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]*)?\s*$/.exec(value) : null;
	if (local) {
		const day = new Date(`${local[1]}T00:00:00Z`);
		if (!Number.isNaN(day.getTime()) && day.toISOString().startsWith(local[1])) return local[1];
		throw new InputError(`${label} is not a valid date: "${local[1]}". Use a date like 2025-05-01.`);
	}
	return toIsoDate(value, label).slice(0, 10);
}

/** A full http(s) link (a file to fetch, a webhook address), checked before anything is sent. */
export function requireHttpUrl(value: unknown, label: string): string {
	const text = typeof value === 'string' ? value.trim() : '';
	let ok = false;
	try {
		ok = ['http:', 'https:'].includes(new URL(text).protocol);
	} catch {
		ok = false;
	}
	if (!ok)
		throw new InputError(
			`${label} must be an http(s) link; got "${String(value ?? '')}". Enter the full address, starting with https://.`,
		);
	return text;
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
