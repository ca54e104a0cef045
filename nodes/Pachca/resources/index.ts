import type { INodeProperties } from 'n8n-workflow';

import { chatFields, chatOperations } from './chat';
import { chatMemberFields, chatMemberOperations } from './chatMember';
import { messageFields, messageOperations } from './message';
import { reactionFields, reactionOperations } from './reaction';
import { readMemberFields, readMemberOperations } from './readMember';
import { threadFields, threadOperations } from './thread';

/** Resource picker entries, in the order users see them. */
export const resourceOptions = [
	{ name: 'Chat', value: 'chat' },
	{ name: 'Chat Member', value: 'chatMember' },
	{ name: 'Message', value: 'message' },
	{ name: 'Reaction', value: 'reaction' },
	{ name: 'Read Member', value: 'readMember' },
	{ name: 'Thread', value: 'thread' },
];

/** Each resource's Operation picker followed by its fields. */
export const resourceProperties: INodeProperties[] = [
	chatOperations,
	...chatFields,
	chatMemberOperations,
	...chatMemberFields,
	messageOperations,
	...messageFields,
	reactionOperations,
	...reactionFields,
	readMemberOperations,
	...readMemberFields,
	threadOperations,
	...threadFields,
];
