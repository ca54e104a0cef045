import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { verifyEachToken } from '../nodes/shared/api/credentialCheck';
import { CHECK_EACH_TOKEN_HEADER, TOKEN_ROLES, chooseToken, tokenOf } from '../nodes/shared/api/tokens';

const tokenField = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	typeOptions: { password: true },
	default: '',
	description,
});

export class PachcaApi implements ICredentialType {
	name = 'pachcaApi';

	displayName = 'Pachca API';

	icon: Icon = { light: 'file:../icons/pachca.svg', dark: 'file:../icons/pachca.dark.svg' };

	// The README says which token each operation needs and links to Pachca's own token docs.
	documentationUrl = 'https://github.com/pachca-plus/n8n-nodes-pachca-plus?tab=readme-ov-file#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.pachca.com/api/shared/v1',
			description: 'Root of the Pachca API. Change it only for a self-hosted Pachca or the local sandbox.',
		},
		{
			displayName:
				'Fill in at least one token. Each operation is sent with the least privileged token that ' +
				'can perform it: bot first, then admin, then owner.',
			name: 'notice',
			type: 'notice',
			default: '',
		},
		tokenField(
			'Bot Token',
			'botToken',
			"Token of a bot: Automations → Integrations → your bot → API. Sends messages, manages the bot's chats, receives webhooks.",
		),
		tokenField(
			'Admin Token',
			'adminToken',
			'Token of an administrator: Automations → API. Needed to manage users, group tags and bots.',
		),
		tokenField(
			'Owner Token',
			'ownerToken',
			'Token of the workspace owner: Automations → API. Needed for the audit log and chat exports (Corporation plan).',
		),
		tokenField(
			'Webhook Signing Secret',
			'signingSecret',
			"The bot's signing secret (bot settings → Outgoing webhook). The Pachca Trigger uses it to verify every delivery.",
		),
		{
			// Shown only while the secret is empty, the one case it is about (not on every trigger panel).
			displayName:
				'Without a Webhook Signing Secret the Pachca Trigger accepts deliveries unchecked: anyone who ' +
				"knows its URL can start the workflow. Copy the secret from the bot's settings → Outgoing Webhook.",
			name: 'signingNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { signingSecret: [''] } },
		},
	];

	// For requests made with this credential by others (the HTTP Request node, the Test button): the
	// least privileged filled-in token. The Pachca nodes choose each call's token themselves
	// (chooseToken) and send it as the Authorization (sendPachcaCall); they do not come here.
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const headers = { ...(requestOptions.headers ?? {}) };
		const checkEach = headers[CHECK_EACH_TOKEN_HEADER] !== undefined;
		delete headers[CHECK_EACH_TOKEN_HEADER];
		if (checkEach) await verifyEachToken(credentials);
		const role = chooseToken(credentials, TOKEN_ROLES, 'auto', 'Pachca');
		headers.Authorization = `Bearer ${tokenOf(credentials, role)}`;
		return { ...requestOptions, headers };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/oauth/token/info',
			headers: { [CHECK_EACH_TOKEN_HEADER]: 'each' },
		},
	};
}
