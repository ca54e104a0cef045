import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { chatLabel } from '../listSearch/searchChats';
import { listAll } from './pickMany';

/** Chats for the multi-value Chat pickers (Chat IDs of User → Create, Search, Chat Export). */
export async function getChats(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await listAll(this, 'chat.getAll', chatLabel);
}
