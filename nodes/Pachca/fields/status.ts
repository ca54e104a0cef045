import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { collection } from './collection';
import { sends } from './placeField';

/**
 * Fields of a status (`{ status: {...} }` body), shared by User → Set Status and Profile → Set Status;
 * named after the resource (`userStatusEmoji`…), since n8n reads every same-named field per item.
 */
export function statusFields(resource: string, operation: string): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, [
		sends(
			{
				displayName: 'Emoji',
				name: `${resource}StatusEmoji`,
				type: 'string',
				default: '',
				required: true,
				placeholder: 'e.g. 🏖',
				description: 'One emoji character shown next to the name',
			},
			'body:status.emoji',
			'text',
		),
		sends(
			{
				displayName: 'Title',
				name: `${resource}StatusTitle`,
				type: 'string',
				default: '',
				required: true,
				placeholder: 'e.g. On vacation',
				description: 'Status text, up to 50 characters',
			},
			'body:status.title',
			'text',
		),
		collection({ displayName: 'Additional Fields', name: `${resource}StatusOptions` }, (option) => [
			option(
				{
					displayName: 'Away Message',
					name: 'away_message',
					type: 'string',
					typeOptions: { rows: 2 },
					default: '',
					description: 'Auto-reply shown in the profile and to people who write or mention them',
				},
				'body:status.away_message',
			),
			option(
				{
					displayName: 'Away Mode',
					name: 'is_away',
					type: 'boolean',
					default: false,
					description: 'Whether to mark the person as away',
				},
				'body:status.is_away',
			),
			option(
				{
					displayName: 'Expires At',
					name: 'expires_at',
					type: 'dateTime',
					default: '',
					description: 'When the status clears itself; without it the status stays until removed',
				},
				'body:status.expires_at',
				'date',
			),
		]),
	]);
}
