import type { INodePropertyOptions } from 'n8n-workflow';

/** Where a message goes: the choices of every "Send To" picker (Pachca's entity types). */
export const SEND_TO_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Chat', value: 'discussion', description: 'A group chat or channel' },
	{ name: 'Thread', value: 'thread', description: 'The thread of a message' },
	{ name: 'User', value: 'user', description: 'A direct message to one user' },
];
