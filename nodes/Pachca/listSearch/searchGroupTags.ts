import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { CursorPage } from '../../shared/api/cursorPages';
import { cursorPages, pageQuery } from '../../shared/api/cursorPages';
import { entitiesOf, nextCursor } from '../../shared/api/responses';
import { sendPachcaCall } from '../../shared/send/sendCall';

/** Pages read per call while matching typed text; the editor asks again with the cursor for more. */
const PAGES_PER_CALL = 10;

/**
 * Group tag picker. Pachca filters tags only by exact names, so typed text is matched here
 * (case-insensitive, anywhere in the name) while walking the pages of the tag list.
 */
export async function searchGroupTags(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const text = filter?.trim().toLowerCase() ?? '';
	const results: INodeListSearchResult['results'] = [];
	const fetch = async (cursor: string | undefined): Promise<CursorPage<IDataObject>> => {
		const body = await sendPachcaCall(this, 'groupTag.getAll', { qs: pageQuery({ limit: 50 }, cursor) });
		return { items: entitiesOf(body), next: nextCursor(body) };
	};
	let cursor = paginationToken;
	for await (const page of cursorPages(fetch, { maxPages: PAGES_PER_CALL, from: paginationToken })) {
		for (const tag of page.items) {
			const name = String(tag.name ?? `Tag ${String(tag.id)}`);
			if (!text || name.toLowerCase().includes(text)) results.push({ name, value: String(tag.id) });
		}
		cursor = page.next;
		if (!text || results.length >= 50) break;
	}
	return { results, paginationToken: cursor };
}
