import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requireHttpUrl } from '../../../shared/api/validation';
import { collection } from '../../fields/collection';
import { idField, manyPicker } from '../../fields/descriptions';
import { route } from '../../fields/route';
import { place } from '../../../shared/send/checkFields';
import { sends, sendsVia } from '../../fields/placeField';

export const chatExportOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['chatExport'] } },
	default: 'request',
	options: [
		{
			name: 'Download',
			value: 'download',
			action: 'Download a chat export',
			description: 'Get a finished export archive (zip of JSON files) as binary data',
			// Pachca answers 302 to the archive; downloadExport follows it and outputs the file.
			routing: route('chatExport.download'),
		},
		{
			name: 'Request',
			value: 'request',
			action: 'Request a chat export',
			description:
				'Start exporting messages for a period; Pachca calls the webhook URL with the export ID ' +
				'when the archive is ready (owner token, Corporation plan)',
			routing: route('chatExport.request'),
		},
	],
};

export const chatExportFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['chatExport'], operation: ['request'] } }, [
		sends(
			{
				displayName: 'Start Date',
				name: 'startAt',
				type: 'dateTime',
				default: '',
				required: true,
				description: 'First day of the period (UTC)',
			},
			'body:start_at',
			'day',
		),
		sends(
			{
				displayName: 'End Date',
				name: 'endAt',
				type: 'dateTime',
				default: '',
				required: true,
				description: 'Last day of the period (UTC): at most 45 days after the start, or 366 when chats are listed',
			},
			'body:end_at',
			'day',
		),
		sendsVia(
			{
				displayName: 'Webhook URL',
				name: 'webhookUrl',
				type: 'string',
				default: '',
				required: true,
				placeholder: 'https://example.com/webhook/pachca-export',
				description:
					'Pachca posts {"type": "export", "event": "ready", "export_id": …} here when the archive ' +
					'is ready, for example to a Webhook node',
			},
			'body:webhook_url',
			async (_ctx, value, label, options) => place(options, 'body:webhook_url', requireHttpUrl(value, label)),
		),
		collection({ displayName: 'Additional Fields', name: 'exportAdditionalFields' }, (option) => [
			option(
				manyPicker(
					'chat',
					'Chat Names or IDs',
					'chat_ids',
					'Export only these chats (up to 50); all chats when not set',
				),
				'body:chat_ids',
				'idList',
			),
			option(
				{
					displayName: 'Skip Chats File',
					name: 'skip_chats_file',
					type: 'boolean',
					default: false,
					description: 'Whether to leave the list of chats (the chats file) out of the archive',
				},
				'body:skip_chats_file',
			),
		]),
	]),
	...updateDisplayOptions({ show: { resource: ['chatExport'], operation: ['download'] } }, [
		idField('path:id', 'exportId', 'Export ID', 'The export_id from the "export ready" webhook'),
		{
			displayName: 'Put Output File in Field',
			name: 'exportBinaryPropertyName',
			type: 'string',
			default: 'data',
			required: true,
			hint: 'The name of the output binary field to put the archive in',
		},
	]),
];
