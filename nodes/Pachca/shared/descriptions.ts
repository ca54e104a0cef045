import type { INodeProperties } from 'n8n-workflow';

import type { Kind, Target } from './send';
import { sends } from './send';

type Locator = { name: string; displayName: string; target: Target; required?: boolean };

/** Chat or user picker: From list (searchable), By ID, By URL (a Pachca link). */
function locator(kind: 'chat' | 'user', { name, displayName, target }: Locator): INodeProperties {
	const urlPattern = kind === 'chat' ? 'chats/(\\d+)' : 'users/(\\d+)';
	const field: INodeProperties = {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: kind === 'chat' ? 'searchChats' : 'searchUsers', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: kind === 'chat' ? 'e.g. 123' : 'e.g. 45',
				validation: [{ type: 'regex', properties: { regex: '^\\s*\\d+\\s*$', errorMessage: 'Enter a numeric ID' } }],
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: `https://app.pachca.com/${kind}s/123`,
				extractValue: { type: 'regex', regex: urlPattern },
				validation: [{ type: 'regex', properties: { regex: `.*${urlPattern}.*`, errorMessage: `Enter a Pachca ${kind} link` } }],
			},
		],
		description: kind === 'chat' ? 'The chat, channel or thread chat' : 'The Pachca user',
	};
	return sends(field, target, 'id');
}

export const chatLocator = (target: Target, name = 'chatId', displayName = 'Chat') =>
	locator('chat', { name, displayName, target });

export const userLocator = (target: Target, name = 'userId', displayName = 'User') =>
	locator('user', { name, displayName, target });

/** Group tag picker: From list (searchable by name), By ID. Pachca has no link to a tag. */
export function groupTagLocator(target: Target, name = 'groupTagId', displayName = 'Group Tag'): INodeProperties {
	const field: INodeProperties = {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchGroupTags', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 12',
				validation: [{ type: 'regex', properties: { regex: '^\\s*\\d+\\s*$', errorMessage: 'Enter a numeric ID' } }],
			},
		],
		description: 'The group tag (a named group of employees)',
	};
	return sends(field, target, 'id');
}

/**
 * Simplify toggle; the transport applies the operation's simplified shape (nodes/shared/output.ts).
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

export const messageIdField = (target: Target = 'path:id') =>
	idField(target, 'messageId', 'Message ID', 'Numeric ID of the message; the number after "message=" in its link');

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

/** A collection option that sends itself (`parent` is the collection's name). */
export function option(
	parent: string,
	field: INodeProperties,
	target: Target,
	kind: Kind = 'value',
): INodeProperties {
	return sends(field, target, kind, parent);
}

/** Shows the given fields only for one resource and the listed operations. */
export function forOperations(resource: string, operations: string[], fields: INodeProperties[]): INodeProperties[] {
	return fields.map((field) => ({
		...field,
		displayOptions: {
			...field.displayOptions,
			show: { ...field.displayOptions?.show, resource: [resource], operation: operations },
		},
	}));
}
