import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { withInputErrors } from '../transport/inputErrors';
import type { Target } from './requestPlace';
import { place } from './requestPlace';
import { readField } from './itemReads';
import { itemLabel, stopLaterItems } from '../../shared/transport/runState';
import { toInputNodeError } from '../../shared/transport/inputNodeError';
import {
	parseJsonField,
	requireText,
	toId,
	toIdList,
	toIsoDate,
	toIsoDay,
	toTextList,
} from '../../shared/api/validation';

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

/**
 * A preSend that places one field's value. `target` records where it goes, so the node's fields
 * can be listed and compared with Pachca's spec (test/nodes/shared/catalogue.test.ts).
 */
export type PlacingPreSend = PreSendAction & { readonly target: Target; readonly reads?: string };

/** Marks a hand-written preSend with the place it writes to (and the parameter it reads, if through readField). */
export function placing(target: Target, action: PreSendAction, reads?: string): PlacingPreSend {
	return Object.assign(action, { target, reads });
}

const isEmpty = (value: unknown) =>
	value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** A preSend step: reads parameter `param`, validates it as `kind`, writes it to `target` (skipped when empty and `optional`). */
export function sendParam(param: string, target: Target, kind: Kind, label: string, optional = false): PlacingPreSend {
	return placing(
		target,
		async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
			const raw = readField(this, param);
			if (optional && isEmpty(raw)) return options;
			let value: unknown;
			try {
				value = convert[kind](raw, label);
			} catch (error) {
				// InputError messages name the field and the fix; they are the error shown.
				const itemIndex = this.getItemIndex();
				stopLaterItems(this, itemIndex);
				throw toInputNodeError(this.getNode(), error, { itemIndex, itemLabel: itemLabel(this, itemIndex) });
			}
			return place(options, target, value);
		},
		param,
	);
}

/** The collection a field sits in: its parameter name (n8n addresses the field as `name.field`) and its label. */
export interface Parent {
	name: string;
	/** How errors name the collection: as the panel shows it (Additional Fields, Filters…). */
	label: string;
}

/** Attaches sending to a field; `parent` is the collection it sits in, if any. */
export function sends<T extends INodeProperties>(field: T, target: Target, kind: Kind = 'value', parent?: Parent): T {
	const param = parent ? `${parent.name}.${field.name}` : field.name;
	return { ...field, routing: { send: { preSend: [sendParam(param, target, kind, fieldLabel(field, parent))] } } };
}

/** A main (not collection) field that may stay empty: nothing is sent then. */
export function sendsIfFilled<T extends INodeProperties>(field: T, target: Target, kind: Kind = 'value'): T {
	return { ...field, routing: { send: { preSend: [sendParam(field.name, target, kind, field.displayName, true)] } } };
}

/** How errors name a field: its display name, and the collection it sits in. */
export function fieldLabel(field: INodeProperties, parent?: Parent): string {
	return parent ? `${field.displayName} (in ${parent.label})` : field.displayName;
}

/**
 * Checks, converts and places a value that needs more than a Kind (buttons, form blocks,
 * files that are uploaded first). Throws InputError for bad input; may call Pachca.
 */
export type Apply = (
	ctx: IExecuteSingleFunctions,
	value: unknown,
	label: string,
	options: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;

/** Like `sends`, with a hand-written `apply`; `target` is where `apply` writes. */
export function sendsVia<T extends INodeProperties>(field: T, target: Target, apply: Apply, parent?: Parent): T {
	const param = parent ? `${parent.name}.${field.name}` : field.name;
	const label = fieldLabel(field, parent);
	const action = placing(
		target,
		async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
			const raw = readField(this, param);
			return await withInputErrors(this, async () => await apply(this, raw, label, options));
		},
		param,
	);
	return { ...field, routing: { send: { preSend: [action] } } };
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
