import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { collection } from '../../fields/collection';
import { idField, paginationFields, simplifyField } from '../../fields/descriptions';
import { route } from '../../fields/route';
import { requireSome, sends } from '../../fields/placeField';
import { settingsOptions } from './settings';

export const botOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['bot'] } },
	default: 'getAll',
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a bot',
			description: 'Create a bot; the output holds its access token, shown only now',
			routing: route('bot.create'),
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a bot',
			description: 'Delete a bot; its token stops working at once',
			routing: route('bot.delete'),
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a bot',
			description: 'Get a bot and its webhook settings',
			routing: route('bot.get'),
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many bots',
			description: 'List the bots the token owner may edit',
			routing: route('bot.getAll'),
		},
		{
			name: 'Recreate Own Token',
			value: 'recreateOwnToken',
			action: 'Recreate the bot token in use',
			description:
				'Issue a new token for the bot whose Bot Token is in the credential; the old one stops ' +
				'working at once, so paste the new one into the credential',
			routing: route('bot.recreateOwnToken'),
		},
		{
			name: 'Recreate Token by ID',
			value: 'recreateToken',
			action: 'Recreate the token of any bot',
			description: 'With the Admin Token: issue a new token for a bot by its ID; the old one stops working at once',
			routing: route('bot.recreateToken'),
		},
		{
			name: 'Set Own Webhook URL',
			value: 'setOwnWebhook',
			action: 'Set the webhook URL of the bot in use',
			description: 'Change where the bot whose Bot Token is in the credential sends its events',
			routing: route('bot.setOwnWebhook'),
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a bot',
			description: "Change a bot's name, events, commands, scopes or webhook settings",
			routing: route('bot.update', requireSome('botUpdateFields')),
		},
	],
};

export const botFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['bot'], operation: ['get', 'update', 'delete', 'recreateToken'] } }, [
		idField('path:id', 'botId', 'Bot ID', 'Numeric ID of the bot (the same as its user ID)'),
	]),
	...updateDisplayOptions({ show: { resource: ['bot'], operation: ['create'] } }, [
		sends(
			{
				displayName: 'Name',
				name: 'botName',
				type: 'string',
				default: '',
				required: true,
				description: 'Bot name shown in chats',
			},
			'body:webhook.name',
			'text',
		),
		collection({ displayName: 'Additional Fields', name: 'botAdditionalFields' }, (option) =>
			settingsOptions(option, true),
		),
	]),
	...updateDisplayOptions({ show: { resource: ['bot'], operation: ['update'] } }, [
		collection({ displayName: 'Update Fields', name: 'botUpdateFields' }, (option) => [
			...settingsOptions(option, false),
			option({ displayName: 'Name', name: 'name', type: 'string', default: '' }, 'body:webhook.name', 'text'),
		]),
	]),
	...updateDisplayOptions({ show: { resource: ['bot'], operation: ['setOwnWebhook'] } }, [
		sends(
			{
				displayName: 'Outgoing Webhook URL',
				name: 'outgoingUrl',
				type: 'string',
				default: '',
				placeholder: 'https://example.com/pachca-events',
				description: "Where Pachca sends this bot's events; an empty value turns the webhook off",
			},
			'body:webhook.outgoing_url',
		),
	]),
	...updateDisplayOptions({ show: { resource: ['bot'], operation: ['getAll'] } }, [
		...paginationFields,
		collection({ displayName: 'Filters', name: 'botFilters', placeholder: 'Add Filter' }, (option) => [
			option(
				{
					displayName: 'Search Query',
					name: 'query',
					type: 'string',
					default: '',
					description: 'Only bots whose name contains this text',
				},
				'qs:query',
				'text',
			),
		]),
	]),
	...updateDisplayOptions({ show: { resource: ['bot'], operation: ['get', 'getAll'] } }, [simplifyField]),
];
