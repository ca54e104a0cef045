import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { userLabel } from '../listSearch/searchUsers';
import { listAll } from './pickMany';

/** Users for the multi-value user pickers (Performers of a task). */
export async function getUsers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await listAll(this, 'user.getAll', userLabel);
}
