import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { parseJsonField } from '../../../shared/api/validation';
import { messageIdField } from '../../fields/descriptions';
import { route } from '../../fields/route';
import { place } from '../../../shared/send/checkFields';
import { sendsVia } from '../../fields/placeField';
import type { PreviewUi } from './previews';
import { checkPreviews, previewsFromUi } from './previews';

export const linkPreviewOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['linkPreview'] } },
	default: 'unfurl',
	options: [
		{
			name: 'Unfurl',
			value: 'unfurl',
			action: 'Add link previews to a message',
			description:
				'Show a title, description and image under links of a message (for an Unfurl bot, after its link_shared webhook)',
			routing: route('linkPreview.unfurl'),
		},
	],
};

const preview: INodeProperties[] = [
	{
		displayName: 'Link',
		name: 'url',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/article/1',
		description: 'A link from the message, exactly as in the link_shared webhook',
	},
	{ displayName: 'Title', name: 'title', type: 'string', default: '' },
	{ displayName: 'Description', name: 'description', type: 'string', typeOptions: { rows: 2 }, default: '' },
	{
		displayName: 'Image',
		name: 'image',
		type: 'options',
		default: 'none',
		options: [
			{ name: 'None', value: 'none' },
			{ name: 'From a Public URL', value: 'url' },
			{ name: 'From a Binary Field (Uploaded to Pachca)', value: 'binary' },
		],
	},
	{
		displayName: 'Image URL',
		name: 'imageUrl',
		type: 'string',
		default: '',
		displayOptions: { show: { image: ['url'] } },
	},
	{
		displayName: 'Image Binary Field',
		name: 'imageBinary',
		type: 'string',
		default: 'data',
		description: "Name of the input item's binary field holding the image",
		displayOptions: { show: { image: ['binary'] } },
	},
];

export const linkPreviewFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['linkPreview'], operation: ['unfurl'] } },
	[
		messageIdField('previewMessageId'),
		{
			displayName: 'Define Previews',
			name: 'previewsMode',
			type: 'options',
			default: 'fields',
			options: [
				{ name: 'Using Fields', value: 'fields' },
				{ name: 'Using JSON', value: 'json', description: "Pachca's link_previews object, keyed by link" },
			],
		},
		{
			...sendsVia(
				{
					displayName: 'Previews',
					name: 'previewsUi',
					type: 'fixedCollection',
					typeOptions: { multipleValues: true },
					placeholder: 'Add Preview',
					default: {},
					options: [{ name: 'preview', displayName: 'Preview', values: preview }],
				},
				'body:link_previews',
				async (ctx, value, label, options) =>
					place(
						options,
						'body:link_previews',
						await previewsFromUi(ctx, (value as { preview?: PreviewUi[] })?.preview ?? [], label),
					),
			),
			displayOptions: { show: { previewsMode: ['fields'] } },
		},
		{
			...sendsVia(
				{
					displayName: 'Previews (JSON)',
					name: 'previewsJson',
					type: 'json',
					default: '{}',
					description: 'E.g. {"https://example.com/a": {"title": "…", "description": "…", "image_url": "https://…"}}.',
				},
				'body:link_previews',
				async (_ctx, value, label, options) =>
					place(options, 'body:link_previews', checkPreviews(parseJsonField(value, label), label)),
			),
			displayOptions: { show: { previewsMode: ['json'] } },
		},
	],
);
