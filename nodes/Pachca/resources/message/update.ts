import type { INodeProperties } from 'n8n-workflow';

import { forOperations, option } from '../../shared/descriptions';

const parent = 'updateFields';

export const updateFields: INodeProperties[] = forOperations('message', ['update'], [
	{
		displayName: 'Update Fields',
		name: parent,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			option(parent, { displayName: 'Buttons (JSON)', name: 'buttons', type: 'json', default: '[]', description: 'Rows of buttons; [] removes all buttons' }, 'body:message.buttons', 'json'),
			option(parent, { displayName: 'Display Avatar URL', name: 'display_avatar_url', type: 'string', default: '' }, 'body:message.display_avatar_url'),
			option(parent, { displayName: 'Display Name', name: 'display_name', type: 'string', default: '' }, 'body:message.display_name'),
			option(parent, { displayName: 'Files (JSON)', name: 'files', type: 'json', default: '[]', description: 'Files of the message after the update' }, 'body:message.files', 'json'),
			option(parent, { displayName: 'Text', name: 'content', type: 'string', typeOptions: { rows: 4 }, default: '' }, 'body:message.content', 'text'),
		],
	},
]);
