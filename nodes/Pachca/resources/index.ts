import type { INodeProperties } from 'n8n-workflow';

import { botFields, botOperations } from './bot';
import { chatFields, chatOperations } from './chat';
import { chatExportFields, chatExportOperations } from './chatExport';
import { chatMemberFields, chatMemberOperations } from './chatMember';
import { customPropertyFields, customPropertyOperations } from './customProperty';
import { fileFields, fileOperations } from './file';
import { formFields, formOperations } from './form';
import { groupTagFields, groupTagOperations } from './groupTag';
import { incomingWebhookFields, incomingWebhookOperations } from './incomingWebhook';
import { linkPreviewFields, linkPreviewOperations } from './linkPreview';
import { messageFields, messageOperations } from './message';
import { profileFields, profileOperations } from './profile';
import { reactionFields, reactionOperations } from './reaction';
import { readMemberFields, readMemberOperations } from './readMember';
import { searchFields, searchOperations } from './search';
import { securityFields, securityOperations } from './security';
import { taskFields, taskOperations } from './task';
import { threadFields, threadOperations } from './thread';
import { userFields, userOperations } from './user';
import { webhookEventFields, webhookEventOperations } from './webhookEvent';

/** Each resource's Operation picker followed by its fields. */
export const resourceProperties: INodeProperties[] = [
	botOperations,
	...botFields,
	chatOperations,
	...chatFields,
	chatExportOperations,
	...chatExportFields,
	chatMemberOperations,
	...chatMemberFields,
	customPropertyOperations,
	...customPropertyFields,
	fileOperations,
	...fileFields,
	formOperations,
	...formFields,
	groupTagOperations,
	...groupTagFields,
	incomingWebhookOperations,
	...incomingWebhookFields,
	linkPreviewOperations,
	...linkPreviewFields,
	messageOperations,
	...messageFields,
	profileOperations,
	...profileFields,
	reactionOperations,
	...reactionFields,
	readMemberOperations,
	...readMemberFields,
	searchOperations,
	...searchFields,
	securityOperations,
	...securityFields,
	taskOperations,
	...taskFields,
	threadOperations,
	...threadFields,
	userOperations,
	...userFields,
	webhookEventOperations,
	...webhookEventFields,
];
