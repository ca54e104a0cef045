import type { INodeProperties } from 'n8n-workflow';

import type { Target } from '../../shared/send/checkFields';
import { sends } from './placeField';

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
