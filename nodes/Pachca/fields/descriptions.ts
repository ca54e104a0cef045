import type { INodeProperties } from 'n8n-workflow';

import type { Apply, Kind, Parent, Target } from './placeField';
import { sends, sendsVia } from './placeField';

/** What differs between the pickers: where the list comes from, and what a link to one looks like. */
interface PickerKind {
	searchListMethod: string;
	idExample: string;
	description: string;
	/** Pattern of the ID inside a Pachca link, for the By URL mode; Pachca has no links to group tags. */
	urlPattern?: string;
	urlExample?: string;
}

const PICKERS: Record<'chat' | 'user' | 'groupTag', PickerKind> = {
	chat: {
		searchListMethod: 'searchChats',
		idExample: 'e.g. 123',
		description: 'The chat, channel or thread chat',
		urlPattern: 'chats/(\\d+)',
		urlExample: 'https://app.pachca.com/chats/123',
	},
	user: {
		searchListMethod: 'searchUsers',
		idExample: 'e.g. 45',
		description: 'The Pachca user',
		urlPattern: 'users/(\\d+)',
		urlExample: 'https://app.pachca.com/users/45',
	},
	groupTag: {
		searchListMethod: 'searchGroupTags',
		idExample: 'e.g. 12',
		description: 'The group tag (a named group of employees)',
	},
};

/** A picker: From list (searchable), By ID, and By URL (a Pachca link) where Pachca has links. */
function locator(kind: keyof typeof PICKERS, name: string, displayName: string, target: Target): INodeProperties {
	const { searchListMethod, idExample, description, urlPattern, urlExample } = PICKERS[kind];
	const idPattern = '^\\s*\\d+\\s*$';
	const field: INodeProperties = {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description,
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod, searchable: true } },
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: idExample,
				validation: [{ type: 'regex', properties: { regex: idPattern, errorMessage: 'Enter a numeric ID' } }],
			},
			...(urlPattern
				? [
						{
							displayName: 'By URL',
							name: 'url',
							type: 'string' as const,
							placeholder: urlExample,
							extractValue: { type: 'regex' as const, regex: urlPattern },
							validation: [
								{
									type: 'regex' as const,
									properties: { regex: `.*${urlPattern}.*`, errorMessage: `Enter a Pachca link like ${urlExample}` },
								},
							],
						},
					]
				: []),
		],
	};
	return sends(field, target, 'id');
}

export const chatLocator = (target: Target, name = 'chatId', displayName = 'Chat') =>
	locator('chat', name, displayName, target);

export const userLocator = (target: Target, name = 'userId', displayName = 'User') =>
	locator('user', name, displayName, target);

export const groupTagLocator = (target: Target, name = 'groupTagId', displayName = 'Group Tag') =>
	locator('groupTag', name, displayName, target);

/**
 * Simplify toggle; the transport applies the operation's simplified shape (nodes/Pachca/transport/output.ts).
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
