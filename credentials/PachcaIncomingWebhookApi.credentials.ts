import type { ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

/**
 * A bot's incoming webhook URL. Anyone who has it can post as the bot, so it is kept here (a
 * password field, encrypted by n8n) rather than in the workflow. The Pachca node checks its form
 * as the credential test (incomingWebhookUrl): calling it would post a message.
 */
export class PachcaIncomingWebhookApi implements ICredentialType {
	name = 'pachcaIncomingWebhookApi';

	displayName = 'Pachca Incoming Webhook API';

	icon: Icon = { light: 'file:../icons/pachca.svg', dark: 'file:../icons/pachca.dark.svg' };

	// The README's section on the incoming webhook: what the URL is, where to find it, what Send posts.
	documentationUrl =
		'https://github.com/pachca-plus/n8n-nodes-pachca-plus?tab=readme-ov-file#incoming-webhook-send-without-the-api';

	properties: INodeProperties[] = [
		{
			displayName: 'Webhook URL',
			name: 'secretUrl',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			placeholder: 'https://api.pachca.com/webhooks/…',
			description:
				"The bot's incoming webhook URL: Automations → Integrations → your bot → Incoming " +
				"Webhook. Messages go to every group chat the bot is in, shaped by the bot's template.",
		},
	];
}
