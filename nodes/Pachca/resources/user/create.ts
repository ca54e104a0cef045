import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { collection } from '../../fields/collection';
import { manyPicker } from '../../fields/descriptions';
import { sends, sendsIfFilled } from '../../fields/placeField';
import { profileOptions, roleOptions } from './fields';

const ADDITIONAL = 'userAdditionalFields';

/** Operation check: Pachca admits a guest into exactly one chat, chosen at creation. */
export async function guestNeedsOneChat(
	ctx: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const fields = ctx.getNodeParameter(ADDITIONAL, {}) as IDataObject;
	const chats = Array.isArray(fields.chat_ids)
		? fields.chat_ids
		: String(fields.chat_ids ?? '')
				.split(/[\s,;]+/)
				.filter((id) => id !== '');
	if (ctx.getNodeParameter('userRole', 'user') === 'guest' && chats.length !== 1) {
		throw new NodeOperationError(
			ctx.getNode(),
			`A guest must be added to exactly one chat; Chat Names or IDs (in Additional Fields) holds ${chats.length}.`,
			{
				itemIndex: ctx.getItemIndex(),
				description: 'Pick one active chat in Chat Names or IDs, or another Role.',
			},
		);
	}
	return options;
}

/** Shown as main fields on Create, so not again under Additional Fields. */
const IN_MAIN = ['first_name', 'last_name'];

/** A name field sent only when filled in. */
const nameField = (displayName: string, name: string) =>
	sendsIfFilled({ displayName, name, type: 'string', default: '' }, `body:user.${name}`, 'text');

export const createFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['user'], operation: ['create'] } },
	[
		sends(
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
				required: true,
				description: 'Work email; the invitation goes there',
			},
			'body:user.email',
			'text',
		),
		nameField('First Name', 'first_name'),
		nameField('Last Name', 'last_name'),
		sends(
			{
				displayName: 'Role',
				name: 'userRole',
				type: 'options',
				default: 'user',
				options: roleOptions(true),
				description: 'Access level in the workspace',
			},
			'body:user.role',
		),
		collection({ displayName: 'Additional Fields', name: ADDITIONAL }, (option) => [
			option(
				manyPicker(
					'chat',
					'Chat Names or IDs',
					'chat_ids',
					'Chats the person joins at once (a guest needs exactly one)',
				),
				'body:user.chat_ids',
				'idList',
			),
			...profileOptions(option).filter((field) => !IN_MAIN.includes(field.name)),
			option(
				{
					displayName: 'Skip Email Invitation',
					name: 'skip_email_notify',
					type: 'boolean',
					default: false,
					description: 'Whether to create the account without emailing an invitation (for example before SSO sign-in)',
				},
				'body:skip_email_notify',
			),
		]),
	],
);
