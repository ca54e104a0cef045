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

export function nextCursor(body: unknown): string | undefined {
	if (!isObject(body) || !isObject(body.meta) || !isObject(body.meta.paginate)) return undefined;
	const next = body.meta.paginate.next_page;
	return typeof next === 'string' && next !== '' ? next : undefined;
}
