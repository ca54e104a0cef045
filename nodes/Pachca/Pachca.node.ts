import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { getOperation } from '../shared/api/catalogue';
import { PACHCA_BASE_URL } from '../shared/api/credentialCheck';
import { customOperationsOf } from '../shared/send/customOperation';
import type { OperationPlan } from '../shared/send/operations';
import { describeOperations } from '../shared/send/operations';
import { routeDeclarative } from '../shared/send/routingNode';
import { PACHCA_NODE_DESCRIPTION } from '../shared/nodeWords';
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
import { nodeOptions, resource } from './fields/nodeFields';
import { requestOptions } from './fields/requestOptions';
import { actionSubtitle } from './fields/subtitle';
import { resourceProperties } from './resources';
import { OUTSIDE_SPEC } from './transport/incomingWebhook';
import { reply } from './transport/reply';
import { specialCase } from './transport/specialCases';
import { sendAndWaitWebhooks, waitingTooltip } from './sendAndWait/description';
import { sendAndWait } from './sendAndWait/operation';
import { sendAndWaitWebhook } from './sendAndWait/webhook';

/**
 * The per-item message writes: the node runs them itself (customOperations), so that the first
 * messages leave while later items are still being read; n8n's RoutingNode would prepare every
 * item first. Every other operation is declarative.
 */
const RUN_BY_THE_NODE = new Set([
	'message.create',
	'message.update',
	'message.delete',
	'message.pin',
	'message.unpin',
	'incomingWebhook.send',
]);
const runByTheNode = (plan: OperationPlan) => RUN_BY_THE_NODE.has(plan.key);

/**
 * The Pachca node. Each operation's method and path come from the catalogue through `route()` in
 * its resource's Operation picker, and each field says what it sends with `sends()`;
 * describeOperations gathers both into one plan per operation. The message writes run as custom
 * operations (customOperationsOf), the others through n8n's RoutingNode (routeDeclarative); both
 * send every call with sendPachcaCall: token choice, pacing, retries, error shaping. Send and
 * Wait for Response also has the node's webhook, which resumes its execution (sendAndWait/).
 */
export class Pachca implements INodeType {
	/** One plan per operation, built once from the description. */
	operations = describeOperations(
		[...authentication, resource, ...resourceProperties, ...nodeOptions, requestOptions],
		{
			specOf: (key) => getOperation(key) ?? OUTSIDE_SPEC[key],
			specialOf: specialCase,
		},
	);

	description: INodeTypeDescription = {
		displayName: 'Pachca',
		name: 'pachca',
		icon: { light: 'file:../../icons/pachca.svg', dark: 'file:../../icons/pachca.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: actionSubtitle(resource, resourceProperties),
		description: PACHCA_NODE_DESCRIPTION,
		documentationUrl:
			'https://github.com/pachca-plus/n8n-nodes-pachca-plus?tab=readme-ov-file#resources-and-operations',
		defaults: { name: 'Pachca' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		webhooks: sendAndWaitWebhooks,
		waitingNodeTooltip: waitingTooltip,
		credentials: [
			{ name: 'pachcaApi', required: true, displayOptions: apiCredentialShown },
			// The incoming webhook's URL is its own credential (the Incoming Webhook resource); its test checks the URL's form.
			{
				name: 'pachcaIncomingWebhookApi',
				required: true,
				testedBy: 'incomingWebhookUrl',
				displayOptions: incomingWebhookCredentialShown,
			},
		],
		// No expression here: n8n would evaluate it for every item, twice. sendPachcaCall sends each
		// request to the credential's Base URL; this one only names the host n8n's allowed-domains
		// check grants the node.
		requestDefaults: {
			baseURL: PACHCA_BASE_URL,
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
			// List filters go as `key[]=a&key[]=b`, the form Pachca's (Rails) API reads as an array.
			arrayFormat: 'brackets',
		},
		properties: routeDeclarative(this.operations.properties, this.operations.plans, runByTheNode),
	};

	// Written by hand: Message → Reply follows the item lineage back to the trigger's event;
	// Send and Wait posts the question, then puts the execution to wait for webhook().
	customOperations = customOperationsOf(this.operations.plans.filter(runByTheNode), {
		message: { reply, sendAndWait },
	});

	webhook = sendAndWaitWebhook;

	methods = {
		listSearch: { searchChats, searchGroupTags, searchUsers },
		loadOptions: { getChats, getUsers },
		credentialTest: { incomingWebhookUrl },
	};
}
