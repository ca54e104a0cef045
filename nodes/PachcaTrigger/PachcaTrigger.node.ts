import type {
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { receiveDelivery } from './delivery';
import { triggerProperties } from './description';
import { PACHCA_NODE_DESCRIPTION } from '../shared/nodeWords';
import { eventsSubtitle } from './subtitle';
import { createRegistration, deleteRegistration, registrationExists } from './registration';

export class PachcaTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Pachca Trigger',
		name: 'pachcaTrigger',
		icon: { light: 'file:../../icons/pachca.svg', dark: 'file:../../icons/pachca.dark.svg' },
		group: ['trigger'],
		// Version 2 moved Registration, Bot ID and Overwrite Bot URL When Testing under Options (setupOptionsV2).
		version: [1, 2],
		defaultVersion: 2,
		subtitle: eventsSubtitle(),
		// n8n's node panel merges "Pachca" and "Pachca Trigger" into one entry and shows this (the
		// trigger's) description for both, so it opens with the action node's own words.
		description: `${PACHCA_NODE_DESCRIPTION}; or start a workflow on the bot's events (messages, buttons, forms, members)`,
		documentationUrl: 'https://github.com/pachca-plus/n8n-nodes-pachca-plus?tab=readme-ov-file#pachca-trigger-webhook',
		defaults: { name: 'Pachca Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'pachcaApi', required: true }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'webhook',
			},
		],
		properties: triggerProperties,
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await registrationExists(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await createRegistration(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await deleteRegistration(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveDelivery(this);
	}
}
