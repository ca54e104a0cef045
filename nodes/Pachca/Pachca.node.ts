import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { registerPanelFields } from '../shared/fieldWords';
import { sendOperation } from '../shared/transport';
import { getChats } from './loadOptions/getChats';
import { getUsers } from './loadOptions/getUsers';
import { searchChats } from './listSearch/searchChats';
import { searchGroupTags } from './listSearch/searchGroupTags';
import { searchUsers } from './listSearch/searchUsers';
import { nodeOptions, resource } from './shared/nodeFields';
import { actionSubtitle } from './shared/subtitle';
import { resourceProperties } from './resources';

// Errors name the panel's fields and the values given (nodes/shared/fieldWords.ts).
registerPanelFields('pachca', resourceProperties);

export class Pachca implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Pachca',
		name: 'pachca',
		icon: { light: 'file:../../icons/pachca.svg', dark: 'file:../../icons/pachca.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: actionSubtitle(resourceProperties),
		description: 'Send messages, manage chats, members, threads and reactions in Pachca',
		defaults: { name: 'Pachca' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'pachcaApi', required: true }],
		requestDefaults: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
			// List filters go as `key[]=a&key[]=b`, the form Pachca's (Rails) API reads as an array.
			arrayFormat: 'brackets',
		},
		// Every operation turns this hook on (see shared/route.ts): one transport for all of them.
		requestOperations: { pagination: sendOperation },
		properties: [resource, ...resourceProperties, nodeOptions],
	};

	methods = {
		listSearch: { searchChats, searchGroupTags, searchUsers },
		loadOptions: { getChats, getUsers },
	};
}
