import type {
	ICredentialTestFunctions,
	ICredentialsDecrypted,
	ICredentialsDisplayOptions,
	INodeCredentialTestResult,
	INodeProperties,
} from 'n8n-workflow';

import { CREDENTIAL_NAME } from '../../shared/send/planCall';
import { INCOMING_WEBHOOK_CREDENTIAL, webhookUrlOf } from '../transport/incomingWebhook';
import { resourceOptions } from './nodeFields';

/** Resources sent with the Pachca API credential: all but the incoming webhook, which has its own. */
const API_RESOURCES = resourceOptions.map((option) => option.value).filter((value) => value !== 'incomingWebhook');

/**
 * n8n's routing engine picks a node's credential by its `authentication` parameter when the node
 * has more than one. Here it follows the resource, so it is hidden: one property per credential,
 * each shown with its resources and holding a plain value. Not an expression: n8n's RoutingNode
 * evaluates every parameter once per item for the request and once more for its allowed-domains
 * check, and in n8n 2.x each evaluation is a trip into the isolated expression runtime.
 * Both use `hide`: n8n's editor takes a parameter named in a `show` rule of the authentication
 * field as part of the credential row and drops it from the panel (Resource would vanish).
 */
export const authentication: INodeProperties[] = [
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'hidden',
		default: CREDENTIAL_NAME,
		displayOptions: { hide: { resource: ['incomingWebhook'] } },
	},
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'hidden',
		default: INCOMING_WEBHOOK_CREDENTIAL,
		displayOptions: { hide: { resource: API_RESOURCES } },
	},
];

/**
 * When the node's credentials apply (the node lists them by name, for n8n's lint to read). The
 * resource is checked first: a workflow saved with the old expression in `authentication` matches
 * any value in n8n's display check, so the resource alone must pick the credential there.
 */
export const apiCredentialShown: ICredentialsDisplayOptions = {
	show: { resource: API_RESOURCES, authentication: [CREDENTIAL_NAME] },
};
export const incomingWebhookCredentialShown: ICredentialsDisplayOptions = {
	show: { resource: ['incomingWebhook'], authentication: [INCOMING_WEBHOOK_CREDENTIAL] },
};

/** The credential's Test button: the URL's form only, since calling it would post a message. */
export async function incomingWebhookUrl(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	try {
		webhookUrlOf(credential.data ?? {});
	} catch (error) {
		return { status: 'Error', message: (error as Error).message };
	}
	return {
		status: 'OK',
		message: 'The URL is a web address. It was not called: that would post a message to every group chat of the bot.',
	};
}
