import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationSpec } from '../../shared/api/catalogue';
import type { CursorPage } from '../../shared/api/cursorPages';
import { cursorPages, pageQuery } from '../../shared/api/cursorPages';
import { entitiesOf, nextCursor } from '../../shared/api/responses';

/** Bound on pages per call (at 50 a page: a million entities); a longer walk is a server bug. */
const MAX_PAGES = 20_000;

export type PageFetcher = (qs: IDataObject) => Promise<unknown>;

function readLimit(ctx: IExecuteSingleFunctions): number {
	if (ctx.getNodeParameter('returnAll', false) === true) return Number.POSITIVE_INFINITY;
	const limit = Number(ctx.getNodeParameter('limit', 50));
	if (!Number.isInteger(limit) || limit < 1) {
		throw new NodeOperationError(ctx.getNode(), `Limit must be a whole number of at least 1; got "${String(limit)}".`, {
			itemIndex: ctx.getItemIndex(),
			description: 'Set Limit to how many results you want, or turn on Return All.',
		});
	}
	return limit;
}

/**
 * Walks Pachca's cursor pagination: `limit` per page (never more than the endpoint takes, never
 * more than still wanted) and `cursor` from `meta.paginate.next_page`, merged into the original
 * query so filters stay on every page. Each page is fetched through `fetchPage`, which retries
 * on its own, so a 429 or 5xx mid-way neither loses nor repeats a page.
 */
export async function collectPages(
	ctx: IExecuteSingleFunctions,
	spec: OperationSpec,
	baseQs: IDataObject,
	fetchPage: PageFetcher,
	scalarKey?: string,
): Promise<INodeExecutionData[]> {
	const limit = readLimit(ctx);
	const pageSize = spec.pageSize ?? 50;
	const entities: IDataObject[] = [];
	const fetch = async (cursor: string | undefined): Promise<CursorPage<IDataObject>> => {
		const body = await fetchPage(pageQuery({ ...baseQs, limit: Math.min(pageSize, limit - entities.length) }, cursor));
		const items = entitiesOf(body, scalarKey).filter((entity) => Object.keys(entity).length > 0);
		return { items, next: nextCursor(body, entities.length + items.length) };
	};
	const onRepeat = () =>
		new NodeOperationError(ctx.getNode(), 'Pachca returned the same page cursor twice; stopped to avoid looping.', {
			itemIndex: ctx.getItemIndex(),
		});
	for await (const page of cursorPages(fetch, { maxPages: MAX_PAGES, onRepeat })) {
		entities.push(...page.items);
		if (entities.length >= limit) break;
	}
	return entities.slice(0, limit).map((json) => ({ json }));
}
