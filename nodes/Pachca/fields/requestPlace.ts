import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

/** Where a field goes: a `{placeholder}` of the URL, a body path (dots nest), or a query key. */
export type Target = `path:${string}` | `body:${string}` | `qs:${string}`;

/** Sets `a.b.c` of an object, creating the objects on the way. */
export function setPath(target: IDataObject, path: string, value: unknown): void {
	const keys = path.split('.');
	let node = target;
	for (const key of keys.slice(0, -1)) {
		if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
		node = node[key] as IDataObject;
	}
	node[keys[keys.length - 1]] = value as IDataObject[string];
}

/** Writes `value` to `target` of the request: fills a path placeholder, sets a query key or a body path. */
export function place(options: IHttpRequestOptions, target: Target, value: unknown): IHttpRequestOptions {
	const [where, path] = [target.slice(0, target.indexOf(':')), target.slice(target.indexOf(':') + 1)];
	if (where === 'path') {
		options.url = (options.url ?? '').replace(`{${path}}`, encodeURIComponent(String(value)));
	} else if (where === 'qs') {
		options.qs = { ...(options.qs ?? {}), [path]: value as IDataObject[string] };
	} else {
		const body = (typeof options.body === 'object' && options.body !== null ? options.body : {}) as IDataObject;
		setPath(body, path, value);
		options.body = body;
	}
	return options;
}
