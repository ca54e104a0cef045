import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import type { OperationKey } from '../../shared/api/catalogue';
import type { CursorPage } from '../../shared/api/cursorPages';
import { cursorPages, pageQuery } from '../../shared/api/cursorPages';
import { entitiesOf, nextCursor } from '../../shared/api/responses';
import { sendPachcaCall } from '../../shared/send/sendCall';

/** Pages read for a multi-value picker: 4 × 50 entries; more are entered as IDs by expression. */
const MAX_PAGES = 4;

/** The entries of a list for a multi-value picker (n8n's multiOptions has no search or paging). */
export async function listAll(
	ctx: ILoadOptionsFunctions,
	key: OperationKey,
	label: (entry: IDataObject) => string,
): Promise<INodePropertyOptions[]> {
	const options: INodePropertyOptions[] = [];
	const fetch = async (cursor: string | undefined): Promise<CursorPage<IDataObject>> => {
		const body = await sendPachcaCall(ctx, key, { qs: pageQuery({ limit: 50 }, cursor) });
		return { items: entitiesOf(body), next: nextCursor(body) };
	};
	for await (const page of cursorPages(fetch, { maxPages: MAX_PAGES })) {
		for (const entry of page.items) options.push({ name: label(entry), value: String(entry.id) });
	}
	return options;
}
