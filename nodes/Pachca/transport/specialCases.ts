import type { OperationKey } from '../../shared/api/catalogue';
import type { SpecialCase } from '../../shared/send/operations';
import { downloadExport } from './exportDownload';
import { INCOMING_WEBHOOK_KEY, sendIncomingWebhook } from './incomingWebhook';
import { uploadFlow } from './multiStep';
import { botShape, chatShape, messageShape, noStatus, taskShape, userShape } from './output';

/** Every per-operation special case of the Pachca node, by catalogue key; describeOperations puts each into its plan. */
export const SPECIAL_CASES: Readonly<Partial<Record<OperationKey | typeof INCOMING_WEBHOOK_KEY, SpecialCase>>> = {
	'bot.get': { simplify: botShape },
	'bot.getAll': { simplify: botShape },
	'chat.get': { simplify: chatShape },
	'chat.getAll': { simplify: chatShape },
	'chatExport.download': { multiStep: downloadExport },
	'file.getUploadParams': { multiStep: uploadFlow, followUps: ['file.uploadToStorage'] },
	'groupTag.getUsers': { simplify: userShape },
	[INCOMING_WEBHOOK_KEY]: { multiStep: sendIncomingWebhook },
	'message.get': { simplify: messageShape },
	'message.getAll': { simplify: messageShape },
	'profile.getStatus': { emptyAnswer: noStatus },
	'search.chats': { simplify: chatShape },
	'search.messages': { simplify: messageShape },
	'search.users': { simplify: userShape },
	'task.get': { simplify: taskShape },
	'task.getAll': { simplify: taskShape },
	'user.get': { simplify: userShape },
	'user.getAll': { simplify: userShape },
	'user.getStatus': { emptyAnswer: noStatus },
};

/** The special cases of the operation `key` (none: an empty object). */
export function specialCase(key: string): SpecialCase {
	return SPECIAL_CASES[key as keyof typeof SPECIAL_CASES] ?? {};
}

/** Catalogue keys of the operations that have the special case `field`. */
export function keysWith(field: keyof SpecialCase): string[] {
	return Object.entries(SPECIAL_CASES)
		.filter(([, special]) => special?.[field] !== undefined)
		.map(([key]) => key);
}
