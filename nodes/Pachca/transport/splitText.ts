/**
 * Characters per message the Reply operation sends at most by default. Pachca's API spec states
 * no limit for a message's text; this keeps each part readable in a chat.
 */
export const DEFAULT_MAX_LENGTH = 4000;

/** Where a part may end, best first: a paragraph, a line, a sentence, a word. */
const BREAKS = [/\n\s*\n/g, /\n/g, /[.!?…](?=\s)/g, /\s/g];

/** The end (exclusive) of the first part of `text`: the last good break within `max`, else `max`. */
function cutAt(text: string, max: number): number {
	const window = text.slice(0, max + 1);
	for (const pattern of BREAKS) {
		let end = -1;
		for (const match of window.matchAll(pattern)) {
			const at = match.index + (pattern.source.startsWith('[') ? 1 : 0);
			if (at <= max && at >= max / 3) end = at;
		}
		if (end > 0) return end;
	}
	// No break in reach: cut at max, but never inside a surrogate pair (an emoji).
	const code = text.charCodeAt(max - 1);
	return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/** `text` in parts of at most `max` characters, split at the best break; nothing is dropped but blank space at the cuts. */
export function splitText(text: string, max: number): string[] {
	const parts: string[] = [];
	let rest = text.trim();
	while (rest.length > max) {
		const end = cutAt(rest, max);
		parts.push(rest.slice(0, end).trimEnd());
		rest = rest.slice(end).trimStart();
	}
	if (rest !== '') parts.push(rest);
	return parts;
}
