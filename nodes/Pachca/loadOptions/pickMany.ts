import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import type { OperationKey } from '../../shared/api/catalogue';
import { entitiesOf, nextCursor } from '../../shared/api/responses';
import { pachcaRequest } from '../../shared/transport/pachcaRequest';

/** Pages read for a multi-value picker: 4 × 50 entries; more are entered as IDs by expression. */
const MAX_PAGES = 4;

/** The entries of a list for a multi-value picker (n8n's multiOptions has no search or paging). */
export async function listAll(
	ctx: ILoadOptionsFunctions,
	key: OperationKey,
	label: (entry: IDataObject) => string,
): Promise<INodePropertyOptions[]> {
	const options: INodePropertyOptions[] = [];
	let cursor: string | undefined;
	for (let page = 0; page < MAX_PAGES; page++) {
		const qs: IDataObject = { limit: 50 };
		if (cursor) qs.cursor = cursor;
		const body = await pachcaRequest(ctx, key, { qs });
		for (const entry of entitiesOf(body)) options.push({ name: label(entry), value: String(entry.id) });
		cursor = nextCursor(body);
		if (!cursor) break;
	}
	return options;
}
