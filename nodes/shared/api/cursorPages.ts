import type { IDataObject } from 'n8n-workflow';

/** One page of a cursor-paginated list: its entries and the cursor of the next page. */
export interface CursorPage<T> {
	items: T[];
	/** Undefined at the end of the list (see `nextCursor`). */
	next: string | undefined;
}

export interface CursorWalk {
	/** Bound on pages read. */
	maxPages: number;
	/** Cursor of the first page (a picker's pagination token); none starts at the beginning. */
	from?: string;
	/** Error thrown when Pachca hands back a cursor already followed; without it, maxPages bounds a loop. */
	onRepeat?: () => Error;
	/** Asked before each page after the first; false ends the walk (a time budget). */
	keepGoing?: () => boolean;
}

/** The query for one page: `qs` plus the cursor when there is one. */
export function pageQuery(qs: IDataObject, cursor: string | undefined): IDataObject {
	return cursor ? { ...qs, cursor } : qs;
}

/**
 * Walks Pachca's cursor pages, yielding each as `fetchPage` returns it. The walk ends at the last
 * page, after `maxPages`, when `keepGoing` says so, or when the consumer breaks; a repeated cursor
 * is checked only after the consumer has seen the page, so a consumer that stops there never fails.
 */
export async function* cursorPages<T>(
	fetchPage: (cursor: string | undefined) => Promise<CursorPage<T>>,
	walk: CursorWalk,
): AsyncGenerator<CursorPage<T>, void, undefined> {
	const seen = new Set<string>();
	let cursor = walk.from;
	for (let page = 0; page < walk.maxPages; page++) {
		if (page > 0 && walk.keepGoing?.() === false) return;
		const current = await fetchPage(cursor);
		yield current;
		if (!current.next) return;
		if (walk.onRepeat && seen.has(current.next)) throw walk.onRepeat();
		seen.add(current.next);
		cursor = current.next;
	}
}
