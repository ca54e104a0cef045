import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { collection } from '../../fields/collection';
import { paginationFields } from '../../fields/descriptions';
import { route } from '../../fields/route';
import { EVENT_KEY_OPTIONS } from './eventKeys';

export const securityOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['security'] } },
	default: 'getAuditEvents',
	options: [
		{
			name: 'Get Audit Events',
			value: 'getAuditEvents',
			action: 'Get audit events',
			description:
				'Read the workspace audit log: sign-ins, user, chat, tag, message, token and bot changes (owner token, Corporation plan)',
			routing: route('security.getAuditEvents'),
		},
	],
};

export const securityFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['security'], operation: ['getAuditEvents'] } },
	[
		...paginationFields,
		collection({ displayName: 'Filters', name: 'auditFilters', placeholder: 'Add Filter' }, (option) => [
			option(
				{
					displayName: 'Actor ID',
					name: 'actor_id',
					type: 'string',
					default: '',
					placeholder: 'e.g. 12',
					description: 'Only events done by this user or bot',
				},
				'qs:actor_id',
				'text',
			),
			option(
				{
					displayName: 'Actor Type',
					name: 'actor_type',
					type: 'string',
					default: '',
					placeholder: 'e.g. User',
					description: 'Only events done by this kind of actor',
				},
				'qs:actor_type',
				'text',
			),
			option(
				{
					displayName: 'End Time',
					name: 'end_time',
					type: 'dateTime',
					default: '',
					description: 'Only events up to this moment',
				},
				'qs:end_time',
				'date',
			),
			option(
				{
					displayName: 'Entity ID',
					name: 'entity_id',
					type: 'string',
					default: '',
					placeholder: 'e.g. 101',
					description: 'Only events about this entity (user, chat, tag, message…)',
				},
				'qs:entity_id',
				'text',
			),
			option(
				{
					displayName: 'Entity Type',
					name: 'entity_type',
					type: 'string',
					default: '',
					placeholder: 'e.g. Chat',
					description: 'Only events about this kind of entity: User, Chat, GroupTag, Message…',
				},
				'qs:entity_type',
				'text',
			),
			option(
				{
					displayName: 'Event',
					name: 'event_key',
					type: 'options',
					default: 'user_login',
					options: EVENT_KEY_OPTIONS,
					description: 'Only events of this type',
				},
				'qs:event_key',
			),
			option(
				{
					displayName: 'Start Time',
					name: 'start_time',
					type: 'dateTime',
					default: '',
					description: 'Only events from this moment on',
				},
				'qs:start_time',
				'date',
			),
		]),
	],
);
