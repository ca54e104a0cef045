import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { route } from '../../fields/route';

export const fileOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['file'] } },
	default: 'upload',
	options: [
		{
			name: 'Upload',
			value: 'upload',
			action: 'Upload a file',
			description:
				'Upload a file (binary data or a link) to Pachca and get the key, name, type and size to attach it to a message',
			// POST /uploads, then the file to the storage link it returns (uploadFlow).
			routing: route('file.getUploadParams'),
		},
	],
};

const options = 'options';

export const fileFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['file'], operation: ['upload'] } },
	[
		{
			displayName: 'Source',
			name: 'source',
			type: 'options',
			default: 'binary',
			options: [
				{
					name: 'Binary File',
					value: 'binary',
					description: 'A binary field of the input item (from Read File, HTTP Request…)',
				},
				{
					name: 'URL',
					value: 'url',
					description: 'A link the file is downloaded from first (no Pachca token is sent there)',
				},
			],
		},
		{
			displayName: 'Input Binary Field',
			name: 'binaryPropertyName',
			type: 'string',
			default: 'data',
			required: true,
			hint: "The name of the input item's binary field that holds the file",
			displayOptions: { show: { source: ['binary'] } },
		},
		{
			displayName: 'File URL',
			name: 'fileUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://example.com/report.pdf',
			displayOptions: { show: { source: ['url'] } },
		},
		{
			displayName: 'Options',
			name: options,
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'File Name',
					name: 'fileName',
					type: 'string',
					default: '',
					description:
						"Name shown in Pachca, with the extension; by default the binary file's name or the last part of the link",
				},
				{
					displayName: 'File Type',
					name: 'fileType',
					type: 'options',
					default: 'auto',
					options: [
						{
							name: 'Auto',
							value: 'auto',
							description: 'PNG, GIF, JPEG and WebP as images (with width and height), anything else as a file',
						},
						{ name: 'Audio', value: 'audio' },
						{ name: 'File', value: 'file' },
						{ name: 'Image', value: 'image' },
					],
					description: 'How Pachca shows the file when it is attached to a message',
				},
			],
		},
	],
);
