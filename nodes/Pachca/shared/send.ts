import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parseJsonField, requireText, toId, toIdList, toIsoDate } from '../../shared/validation';

/** Where a field goes: a `{placeholder}` of the URL, a body path (dots nest), or a query key. */
export type Target = `path:${string}` | `body:${string}` | `qs:${string}`;

/** How the value is checked and converted before it is sent. */
export type Kind = 'id' | 'idList' | 'text' | 'date' | 'json' | 'value';

const convert: Record<Kind, (value: unknown, label: string) => unknown> = {
	id: toId,
	idList: toIdList,
	text: requireText,
	date: toIsoDate,
	json: parseJsonField,
	value: (value) => value,
};

function setPath(target: IDataObject, path: string, value: unknown): void {
	const keys = path.split('.');
	let node = target;
	for (const key of keys.slice(0, -1)) {
		if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
		node = node[key] as IDataObject;
	}
	node[keys[keys.length - 1]] = value as IDataObject[string];
}

/** A preSend step: reads parameter `param`, validates it as `kind`, writes it to `target`. */
export function sendParam(param: string, target: Target, kind: Kind, label: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const raw = this.getNodeParameter(param, undefined, { extractValue: true });
		let value: unknown;
		try {
			value = convert[kind](raw, label);
		} catch (error) {
			// InputError messages name the field and the fix; they are the error shown.
			throw new NodeOperationError(this.getNode(), error as Error, { itemIndex: this.getItemIndex() });
		}
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
	};
}

/**
 * Attaches sending to a field. `parent` is the collection it sits in (Additional Fields…),
 * since n8n addresses such values as `parent.name`.
 */
export function sends<T extends INodeProperties>(field: T, target: Target, kind: Kind = 'value', parent?: string): T {
	const param = parent ? `${parent}.${field.name}` : field.name;
	const label = parent ? `${field.displayName} (in ${parentLabel(parent)})` : field.displayName;
	return { ...field, routing: { send: { preSend: [sendParam(param, target, kind, label)] } } };
}

function parentLabel(parent: string): string {
	return parent.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
}

/** Operation check: an update with an empty Update Fields collection would change nothing. */
export function requireSome(collection: string, label = 'Update Fields'): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const value = this.getNodeParameter(collection, {}) as IDataObject;
		if (Object.keys(value).length === 0) {
			throw new NodeOperationError(this.getNode(), `${label} is empty, so there is nothing to change.`, {
				itemIndex: this.getItemIndex(),
				description: `Add at least one field under ${label}.`,
			});
		}
		return options;
	};
}
