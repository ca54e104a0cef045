import type { INodeProperties } from 'n8n-workflow';

import type { Target } from '../../shared/send/checkFields';
import { sends } from './placeField';

/**
 * Simplify toggle; the transport applies the operation's simplified shape (the operation's SpecialCase, applied by sendItem).
 * Only for operations that have such a shape, so no field is ever dropped silently.
 */
export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
};

/** A required numeric ID (message, thread, tag…), checked before sending. */
export function idField(target: Target, name: string, displayName: string, description?: string): INodeProperties {
	return sends(
		{ displayName, name, type: 'number', default: 0, required: true, description, typeOptions: { minValue: 1 } },
		target,
		'id',
	);
}

export const messageIdField = (name = 'messageId', target: Target = 'path:id') =>
	idField(target, name, 'Message ID', 'Numeric ID of the message; the number after "message=" in its link');

/** Comma-separated IDs sent as an array of integers. */
export function idListField(target: Target, name: string, displayName: string, description: string): INodeProperties {
	return sends(
		{ displayName, name, type: 'string', default: '', required: true, placeholder: 'e.g. 12, 34, 56', description },
		target,
		'idList',
	);
}

/** Return All + Limit for cursor-paginated lists; the transport reads both. */
export const paginationFields: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

/**
 * A multi-value picker of chats or users (n8n's multiOptions over getChats / getUsers): the same
 * list of IDs goes to Pachca as before; an expression may still give IDs.
 */
export function manyPicker(
	kind: 'chat' | 'user',
	displayName: string,
	name: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: kind === 'chat' ? 'getChats' : 'getUsers' },
		default: [],
		description:
			`${description}. Choose from the list, or specify IDs using an <a ` +
			`href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}
