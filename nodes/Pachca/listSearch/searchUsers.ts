import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { entitiesOf, nextCursor } from '../../shared/api/responses';
import { sendPachcaCall } from '../../shared/send/sendCall';

/** How a user is named in pickers: full name and @nickname. */
export function userLabel(user: IDataObject): string {
	const name = [user.first_name, user.last_name].filter((part) => typeof part === 'string' && part !== '').join(' ');
	const nick = typeof user.nickname === 'string' && user.nickname ? ` (@${user.nickname})` : '';
	return `${name || `User ${String(user.id)}`}${nick}`;
}

/** User picker: typed text goes to Pachca's user query (name, nickname, email). */
export async function searchUsers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const qs: IDataObject = { limit: 50 };
	if (paginationToken) qs.cursor = paginationToken;
	if (filter?.trim()) qs.query = filter.trim();
	const body = await sendPachcaCall(this, 'user.getAll', { qs });
	return {
		results: entitiesOf(body).map((user) => ({ name: userLabel(user), value: String(user.id) })),
		paginationToken: nextCursor(body),
	};
}
