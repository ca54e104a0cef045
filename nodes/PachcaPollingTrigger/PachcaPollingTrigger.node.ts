import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { pollingProperties } from './description';
import { pollEvents } from './poll';

export class PachcaPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Pachca Polling Trigger',
		name: 'pachcaPollingTrigger',
		icon: { light: 'file:../../icons/pachca.svg', dark: 'file:../../icons/pachca.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: "Starts the workflow on new events in the Pachca bot's event history, without a public URL",
		documentationUrl: 'https://github.com/pachca-plus/n8n-nodes-pachca-plus?tab=readme-ov-file#pachca-polling-trigger',
		defaults: { name: 'Pachca Polling Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'pachcaApi', required: true }],
		properties: pollingProperties,
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollEvents(this);
	}
}
