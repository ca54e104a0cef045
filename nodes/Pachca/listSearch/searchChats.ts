import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { nextCursor, entitiesOf } from '../../shared/api/responses';
import { sendPachcaCall } from '../../shared/send/sendCall';

/** How a chat is named in pickers; every kind is marked (personal chat, channel, group chat), since names alone do not tell. */
export function chatLabel(chat: IDataObject): string {
	const name = String(chat.name ?? `Chat ${String(chat.id)}`);
	if (chat.personal === true) return `${name} (personal chat)`;
	return chat.channel === true ? `${name} (channel)` : `${name} (group chat)`;
}

/** Chat picker: typed text searches chat names (Pachca's chat search); empty lists the chats. */
export async function searchChats(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const qs: IDataObject = { limit: 50 };
	if (paginationToken) qs.cursor = paginationToken;
	const text = filter?.trim();
	const body = text
		? await sendPachcaCall(this, 'search.chats', { qs: { ...qs, query: text } })
		: await sendPachcaCall(this, 'chat.getAll', { qs });
	return {
		results: entitiesOf(body).map((chat) => ({
			name: chatLabel(chat),
			value: String(chat.id),
			url: typeof chat.url === 'string' ? chat.url : undefined,
		})),
		paginationToken: nextCursor(body),
	};
}
