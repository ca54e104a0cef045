import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { Apply, FieldSend, FieldStep, Kind, Target } from '../../shared/send/checkFields';

export type { Apply, Kind, Target };

/**
 * A field description with what it sends: plain data beside n8n's own keys, gathered once per
 * operation by describeOperations (which takes it off the description n8n sees).
 */
export type SendingField<T extends INodeProperties = INodeProperties> = T & { send: FieldSend };

/** The collection a field sits in: its parameter name (n8n addresses the field as `name.field`) and its label. */
export interface Parent {
	name: string;
	/** How errors name the collection: as the panel shows it (Additional Fields, Filters…). */
	label: string;
}

/** How errors name a field: its display name, and the collection it sits in. */
export function fieldLabel(field: INodeProperties, parent?: Parent): string {
	return parent ? `${field.displayName} (in ${parent.label})` : field.displayName;
}

const paramOf = (field: INodeProperties, parent?: Parent) => (parent ? `${parent.name}.${field.name}` : field.name);

/** Attaches sending to a field: its value, checked as `kind`, goes to `target`; `parent` is its collection, if any. */
export function sends<T extends INodeProperties>(
	field: T,
	target: Target,
	kind: Kind = 'value',
	parent?: Parent,
): SendingField<T> {
	return { ...field, send: { target, kind, param: paramOf(field, parent), label: fieldLabel(field, parent) } };
}

/** A main (not collection) field that may stay empty: nothing is sent then. */
export function sendsIfFilled<T extends INodeProperties>(
	field: T,
	target: Target,
	kind: Kind = 'value',
): SendingField<T> {
	return { ...field, send: { target, kind, param: field.name, label: field.displayName, optional: true } };
}

/** Like `sends`, with a hand-written `apply`; `target` is where `apply` writes. */
export function sendsVia<T extends INodeProperties>(
	field: T,
	target: Target,
	apply: Apply,
	parent?: Parent,
): SendingField<T> {
	return { ...field, send: { target, apply, param: paramOf(field, parent), label: fieldLabel(field, parent) } };
}

/** A step of its own that writes `target` (a field's, or an operation's check such as a fixed value). */
export function placing(target: Target, step: FieldStep): FieldSend {
	return { target, step };
}

/** Operation check: an update with an empty Update Fields collection would change nothing. */
export function requireSome(collection: string, label = 'Update Fields'): FieldStep {
	return async (ctx: IExecuteSingleFunctions, options: IHttpRequestOptions) => {
		const value = ctx.getNodeParameter(collection, {}) as IDataObject;
		if (Object.keys(value).length === 0) {
			throw new NodeOperationError(ctx.getNode(), `${label} is empty, so there is nothing to change.`, {
				itemIndex: ctx.getItemIndex(),
				description: `Add at least one field under ${label}.`,
			});
		}
		return options;
	};
}
