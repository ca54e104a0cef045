import type { IDataObject } from 'n8n-workflow';

import type { OperationKey } from '../../shared/api/catalogue';
import { downloadExport } from './exportDownload';
import { uploadFlow } from './multiStep';
import type { MultiStep } from './multiStepTypes';
import type { Shape } from './output';
import { botShape, chatShape, messageShape, noStatus, taskShape, userShape } from './output';

/** What one operation does beyond "send the request, one item per entity of the answer". */
export interface SpecialCase {
	/** The operation has a Simplify toggle; this is the shape it outputs when the toggle is on. */
	simplify?: Shape;
	/** The output when Pachca answers with no body at all (rather than `{ success: true }`). */
	emptyAnswer?: () => IDataObject;
	/** More than one JSON request (uploads, downloads): the operation builds its own output items. */
	multiStep?: MultiStep;
	/** Catalogue entries the multi-step sends after its own request (reached through this operation). */
	followUps?: OperationKey[];
}

/** Every per-operation special case of the Pachca node, by catalogue key; the send hook looks them up. */
export const SPECIAL_CASES: Readonly<Partial<Record<OperationKey, SpecialCase>>> = {
	'bot.get': { simplify: botShape },
	'bot.getAll': { simplify: botShape },
	'chat.get': { simplify: chatShape },
	'chat.getAll': { simplify: chatShape },
	'chatExport.download': { multiStep: downloadExport },
	'file.getUploadParams': { multiStep: uploadFlow, followUps: ['file.uploadToStorage'] },
	'groupTag.getUsers': { simplify: userShape },
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
	return SPECIAL_CASES[key as OperationKey] ?? {};
}

/** Catalogue keys of the operations that have the special case `field`. */
export function keysWith(field: keyof SpecialCase): string[] {
	return Object.entries(SPECIAL_CASES)
		.filter(([, special]) => special?.[field] !== undefined)
		.map(([key]) => key);
}
