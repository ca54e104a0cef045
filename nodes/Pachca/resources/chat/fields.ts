import type { INodeProperties } from 'n8n-workflow';

/** Public: an Additional Field of Create and an Update Field of Update. */
export const PUBLIC: INodeProperties = {
	displayName: 'Public',
	name: 'public',
	type: 'boolean',
	default: false,
	description: 'Whether anyone in the workspace can find and join the chat',
};
