import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { entitiesOf, nextCursor } from '../../shared/api/responses';
import { pachcaRequest } from '../../shared/transport/pachcaRequest';

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
	let cursor = paginationToken;
	for (let page = 0; page < PAGES_PER_CALL; page++) {
		const qs: IDataObject = { limit: 50 };
		if (cursor) qs.cursor = cursor;
		const body = await pachcaRequest(this, 'groupTag.getAll', { qs });
		for (const tag of entitiesOf(body)) {
			const name = String(tag.name ?? `Tag ${String(tag.id)}`);
			if (!text || name.toLowerCase().includes(text)) results.push({ name, value: String(tag.id) });
		}
		cursor = nextCursor(body);
		if (!cursor || !text || results.length >= 50) break;
	}
	return { results, paginationToken: cursor };
}
