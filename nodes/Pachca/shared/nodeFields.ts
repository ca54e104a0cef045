import type { INodeProperties } from 'n8n-workflow';

import { resourceOptions } from '../resources';

export const resource: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: resourceOptions,
	default: 'message',
};

/** Read by the transport (nodes/shared/transport.ts); Auto picks the least privileged token. */
export const authenticateAs: INodeProperties = {
	displayName: 'Authenticate As',
	name: 'authenticateAs',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Auto (Least Privileged Token)', value: 'auto', description: 'Bot token where a bot may do it, then admin, then owner' },
		{ name: 'Bot', value: 'bot', description: 'Always use the Bot Token' },
		{ name: 'Admin', value: 'admin', description: 'Always use the Admin Token' },
		{ name: 'Owner', value: 'owner', description: 'Always use the Owner Token' },
	],
	default: 'auto',
	description: 'Which token of the Pachca API credential sends the requests',
};
