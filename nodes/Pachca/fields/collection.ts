import type { INodeProperties } from 'n8n-workflow';

import type { Target } from '../../shared/send/checkFields';
import type { Apply, Kind, Parent } from './placeField';
import { sends, sendsVia } from './placeField';

/** The choices of an Order field (Pachca's `order`). */
export const SORT_ORDERS = [
	{ name: 'Ascending', value: 'asc' },
	{ name: 'Descending', value: 'desc' },
];

/** Order and Sort By of a list (query keys `order`, `sort`): newest first, by ID unless told. */
export function orderAndSort(
	option: CollectionOption,
	sorts: Array<{ name: string; value: string }>,
	descriptions?: { order: string; sort: string },
): INodeProperties[] {
	const order: INodeProperties = {
		displayName: 'Order',
		name: 'order',
		type: 'options',
		default: 'desc',
		options: SORT_ORDERS,
		...(descriptions && { description: descriptions.order }),
	};
	const sort: INodeProperties = {
		displayName: 'Sort By',
		name: 'sort',
		type: 'options',
		default: 'id',
		options: sorts,
		...(descriptions && { description: descriptions.sort }),
	};
	return [option(order, 'qs:order'), option(sort, 'qs:sort')];
}

/**
 * One option of a given collection that sends itself: `sends` with the collection filled in, and
 * `option.via` for a hand-written `apply` (`sendsVia`). Helpers that add options to several
 * collections take it from the builder, so no file names a collection twice.
 */
export interface CollectionOption {
	(field: INodeProperties, target: Target, kind?: Kind): INodeProperties;
	via(field: INodeProperties, target: Target, apply: Apply): INodeProperties;
}

/**
 * An n8n collection: `build` gets `option` bound to the collection, and the options come out
 * sorted by display name (what n8n's lint asks of a literal list, kept here for built ones).
 */
export function collection(
	head: { displayName: string; name: string; placeholder?: string },
	build: (option: CollectionOption) => INodeProperties[],
): INodeProperties {
	const parent: Parent = { name: head.name, label: head.displayName };
	const bound: CollectionOption = Object.assign(
		(field: INodeProperties, target: Target, kind: Kind = 'value') => sends(field, target, kind, parent),
		{ via: (field: INodeProperties, target: Target, apply: Apply) => sendsVia(field, target, apply, parent) },
	);
	return {
		displayName: head.displayName,
		name: head.name,
		type: 'collection',
		placeholder: head.placeholder ?? 'Add Field',
		default: {},
		options: build(bound).sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

/** Values of a task's or a user's custom fields, as JSON (`whose` names them in the description). */
export function customPropertiesOption(option: CollectionOption, whose: string, target: Target): INodeProperties {
	return option(
		{
			displayName: 'Custom Properties (JSON)',
			name: 'custom_properties',
			type: 'json',
			default: '[]',
			description:
				`Values of custom ${whose} fields: a JSON list of objects with the property ID and its value ` +
				'(IDs from Custom Property → Get Many)',
		},
		target,
		'json',
	);
}
