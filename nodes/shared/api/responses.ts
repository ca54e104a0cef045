import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

const isObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** One item per entity: unwraps `data`; a bare id (read members) becomes `{ [scalarKey]: id }`. */
export function entitiesOf(body: unknown, scalarKey = 'value'): IDataObject[] {
	const data = isObject(body) && 'data' in body ? body.data : body;
	const list = Array.isArray(data) ? data : [data];
	return list.map((entry) => (isObject(entry) ? entry : { [scalarKey]: entry as IDataObject[string] }));
}

/** Items for a single-call response; 204 and other empty bodies become `{ success: true }`. */
export function toItems(body: unknown, scalarKey?: string): INodeExecutionData[] {
	if (body === undefined || body === null || body === '') return [{ json: { success: true } }];
	return entitiesOf(body, scalarKey).map((json) => ({ json }));
}

/**
 * Cursor of the next page, or undefined at the end. Pachca has two kinds of list: plain lists
 * say `has_next` (their cursors are never null, and short or even empty pages can come
 * mid-way); search results (and users filtered by `query`) give `total` and end when that many
 * have arrived or a page comes back empty. `received` counts entities so far, this page included.
 */
export function nextCursor(body: unknown, received?: number): string | undefined {
	if (!isObject(body) || !isObject(body.meta) || !isObject(body.meta.paginate)) return undefined;
	const { paginate, total } = body.meta as { paginate: IDataObject; total?: unknown };
	const next = typeof paginate.next_page === 'string' && paginate.next_page !== '' ? paginate.next_page : undefined;
	if (typeof paginate.has_next === 'boolean') return paginate.has_next ? next : undefined;
	const data = (body as IDataObject).data;
	if (Array.isArray(data) && data.length === 0) return undefined;
	if (typeof total === 'number' && received !== undefined && received >= total) return undefined;
	return next;
}
