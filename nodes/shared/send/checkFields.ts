import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { parseJsonField, requireText, toId, toIdList, toIsoDate, toIsoDay, toTextList } from '../api/validation';
import { readField } from './readFields';
import { itemLabel, stopLaterItems } from './runState';
import { toInputNodeError, withInputErrors } from './shapeError';

/*
 * Stage 2 of an item: check each field's value and place it into the request. What a field sends
 * is data on its description (FieldSend, made by the field helpers `sends`, `sendsVia`, `placing`),
 * gathered once per operation by describeOperations.
 */

/** Where a field goes: a `{placeholder}` of the URL, a body path (dots nest), or a query key. */
export type Target = `path:${string}` | `body:${string}` | `qs:${string}`;

/** How the value is checked and converted before it is sent. */
export type Kind = 'id' | 'idList' | 'text' | 'textList' | 'date' | 'day' | 'json' | 'value';

const convert: Record<Kind, (value: unknown, label: string) => unknown> = {
	id: toId,
	idList: toIdList,
	text: requireText,
	textList: toTextList,
	date: toIsoDate,
	day: toIsoDay,
	json: parseJsonField,
	value: (value) => value,
};

/** A step of its own: reads what it needs from the item and writes the request (avatars, fixed values). */
export type FieldStep = (ctx: IExecuteSingleFunctions, options: IHttpRequestOptions) => Promise<IHttpRequestOptions>;

/**
 * Checks, converts and places a value that needs more than a Kind (buttons, form blocks, files
 * that are uploaded first). Throws InputError for bad input; may call Pachca.
 */
export type Apply = (
	ctx: IExecuteSingleFunctions,
	value: unknown,
	label: string,
	options: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;

/** What one field (or an operation's own step) sends, and where: the data describeOperations gathers. */
export interface FieldSend {
	target: Target;
	/** The parameter it reads (`collection.field` inside a collection); none for a step of its own. */
	param?: string;
	/** How errors name it: the field's display name, and its collection. */
	label?: string;
	kind?: Kind;
	/** Empty values send nothing (main fields that may stay empty). */
	optional?: boolean;
	apply?: Apply;
	step?: FieldStep;
}

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

const isEmpty = (value: unknown) =>
	value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** Reads the field, checks and converts its value, and places it; bad input is the item's error, named by field. */
export async function sendField(
	ctx: IExecuteSingleFunctions,
	send: FieldSend,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	if (send.step) return await send.step(ctx, options);
	const param = send.param as string;
	const label = send.label ?? param;
	const raw = readField(ctx, param);
	if (send.apply) {
		const apply = send.apply;
		return await withInputErrors(ctx, async () => await apply(ctx, raw, label, options));
	}
	if (send.optional && isEmpty(raw)) return options;
	let value: unknown;
	try {
		value = convert[send.kind ?? 'value'](raw, label);
	} catch (error) {
		// InputError messages name the field and the fix; they are the error shown.
		const itemIndex = ctx.getItemIndex();
		stopLaterItems(ctx, itemIndex);
		throw toInputNodeError(ctx.getNode(), error, { itemIndex, itemLabel: itemLabel(ctx, itemIndex) });
	}
	return place(options, send.target, value);
}
