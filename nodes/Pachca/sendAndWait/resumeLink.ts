/**
 * The query of a resume link: `approved` (n8n's name, "true" or "false") and the message the
 * buttons sit under. n8n signs the whole link (getSignedResumeUrl) and its waiting webhook
 * refuses a link whose signature does not match, so neither can be changed by whoever clicks.
 */
export const MESSAGE_PARAM = 'message';

export interface ResumeLink {
	approved: boolean;
	messageId?: number;
}

export function readResumeLink(query: Record<string, unknown>): ResumeLink {
	const id = Number(query[MESSAGE_PARAM]);
	return { approved: query.approved === 'true', messageId: Number.isInteger(id) && id > 0 ? id : undefined };
}
