import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperations, option } from '../../shared/descriptions';
import { sends } from '../../shared/send';
import { profileOptions, roleOptions } from './fields';

const parent = 'additionalFields';

/** Operation check: Pachca admits a guest into exactly one chat, chosen at creation. */
export async function guestNeedsOneChat(this: IExecuteSingleFunctions, options: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const fields = this.getNodeParameter(parent, {}) as IDataObject;
	const chats = Array.isArray(fields.chat_ids) ? fields.chat_ids : String(fields.chat_ids ?? '').split(/[\s,;]+/).filter((id) => id !== '');
	if (fields.role === 'guest' && chats.length !== 1) {
		throw new NodeOperationError(this.getNode(), `A guest must be added to exactly one chat; Chat IDs (in Additional Fields) holds ${chats.length}.`, {
			itemIndex: this.getItemIndex(),
			description: 'Set Chat IDs to the ID of one active chat, or pick another Role.',
		});
	}
	return options;
}

export const createFields: INodeProperties[] = forOperations('user', ['create'], [
	sends({ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', required: true, description: 'Work email; the invitation goes there' }, 'body:user.email', 'text'),
	{
		displayName: 'Additional Fields',
		name: parent,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			option(parent, { displayName: 'Chat IDs', name: 'chat_ids', type: 'string', default: '', placeholder: 'e.g. 101, 102', description: 'Comma-separated IDs of chats the person joins at once (a guest needs exactly one)' }, 'body:user.chat_ids', 'idList'),
			...profileOptions(parent),
			option(parent, { displayName: 'Role', name: 'role', type: 'options', default: 'user', options: roleOptions(true), description: 'Access level in the workspace' }, 'body:user.role'),
			option(parent, { displayName: 'Skip Email Invitation', name: 'skip_email_notify', type: 'boolean', default: false, description: 'Whether to create the account without emailing an invitation (for example before SSO sign-in)' }, 'body:skip_email_notify'),
		].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
]);
