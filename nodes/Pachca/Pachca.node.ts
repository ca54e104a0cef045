import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { registerPanelFields } from '../shared/transport/fieldWords';
import { PACHCA_BASE_URL, sendOperation } from './transport/sendOperation';
import { getChats } from './loadOptions/getChats';
import { getUsers } from './loadOptions/getUsers';
import { searchChats } from './listSearch/searchChats';
import { searchGroupTags } from './listSearch/searchGroupTags';
import { searchUsers } from './listSearch/searchUsers';
import {
	apiCredentialShown,
	authentication,
	incomingWebhookCredentialShown,
	incomingWebhookUrl,
} from './fields/credentialChoice';
import { hoistFieldRouting } from './fields/hoist';
import { nodeOptions, resource } from './fields/nodeFields';
import { actionSubtitle } from './fields/subtitle';
import { resourceProperties } from './resources';
import { reply } from './transport/reply';

// Errors name the panel's fields and the values given (nodes/shared/transport/fieldWords.ts).
registerPanelFields('pachca', resourceProperties);

/**
 * The Pachca node is declarative: n8n's own routing engine (RoutingNode) builds every request
 * from this description — each operation's method and path come from the catalogue
 * (nodes/shared/api/catalogue/) through `route()` in resources/<resource>/index.ts, and each
 * field places its value with `sends()` (fields/placeField.ts). Every operation then goes through
 * one send hook, `requestOperations.pagination` = sendOperation (transport/sendOperation.ts), which
 * adds token choice, pacing, retries, pagination and error shaping. There is no execute(); one
 * custom operation, Message → Reply, runs its own code (transport/reply.ts).
 */
export class Pachca implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Pachca',
		name: 'pachca',
		icon: { light: 'file:../../icons/pachca.svg', dark: 'file:../../icons/pachca.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: actionSubtitle(resourceProperties),
		description: 'Send messages, manage chats, members, threads and reactions in Pachca',
		documentationUrl:
			'https://github.com/pachca-plus/n8n-nodes-pachca-plus?tab=readme-ov-file#resources-and-operations',
		defaults: { name: 'Pachca' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'pachcaApi', required: true, displayOptions: apiCredentialShown },
			// The incoming webhook's URL is its own credential (resources/incomingWebhook); its test checks the URL's form.
			{
				name: 'pachcaIncomingWebhookApi',
				required: true,
				testedBy: 'incomingWebhookUrl',
				displayOptions: incomingWebhookCredentialShown,
			},
		],
		// No expression here: n8n would evaluate it for every item, twice. The transport sets the
		// credential's Base URL on each request; this one only names the host n8n's allowed-domains
		// check grants the node (Pachca/transport/sendOperation.ts).
		requestDefaults: {
			baseURL: PACHCA_BASE_URL,
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
			// List filters go as `key[]=a&key[]=b`, the form Pachca's (Rails) API reads as an array.
			arrayFormat: 'brackets',
		},
		// Every operation turns this hook on (see shared/route.ts): one transport for all of them.
		requestOperations: { pagination: sendOperation },
		// Fields are read by their preSend steps only, not also by n8n's routing (shared/hoist.ts).
		properties: hoistFieldRouting([...authentication, resource, ...resourceProperties, ...nodeOptions]),
	};

	// Message → Reply follows the item lineage back to the trigger's event, which routing cannot (transport/reply.ts).
	customOperations = { message: { reply } };

	methods = {
		listSearch: { searchChats, searchGroupTags, searchUsers },
		loadOptions: { getChats, getUsers },
		credentialTest: { incomingWebhookUrl },
	};
}
