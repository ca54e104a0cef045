import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { InputError, parseJsonField } from '../../../shared/api/validation';
import { collection } from '../../fields/collection';
import type { Target } from '../../../shared/send/checkFields';
import type { Apply } from '../../fields/placeField';
import { place } from '../../../shared/send/checkFields';
import { sendsVia } from '../../fields/placeField';
import { checkBlocks } from './blocks';
import { blocksBuilder } from './builder';
import { blocksFromBuilder } from './builderBlocks';

/** Text with Pachca's length limit, checked before sending; optional ones may be left empty. */
function text(target: Target, max: number, required = false): Apply {
	return async (_ctx, value, label, options) => {
		const given = typeof value === 'string' ? value : String(value ?? '');
		if (required && given.trim() === '') throw new InputError(`${label} is empty. Enter the text to send.`);
		if (given.length > max)
			throw new InputError(`${label} is ${given.length} characters long; Pachca takes at most ${max}.`);
		return place(options, target, given);
	};
}

/** Form → Open: the trigger_id, the title, the blocks (builder or JSON) and the buttons' texts. */
export const openFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['form'], operation: ['open'] } },
	[
		sendsVia(
			{
				displayName: 'Trigger ID',
				name: 'triggerId',
				type: 'string',
				default: '={{ $json.trigger_id }}',
				required: true,
				description:
					"The button click's or command's trigger_id, taken from the Pachca Trigger's output by default; Pachca accepts it for about 3 seconds",
			},
			'body:trigger_id',
			text('body:trigger_id', 255, true),
		),
		sendsVia(
			{
				displayName: 'Title',
				name: 'formTitle',
				type: 'string',
				default: '',
				required: true,
				description: 'Title of the form (up to 24 characters)',
			},
			'body:view.title',
			text('body:view.title', 24, true),
		),
		{
			displayName: 'Define Blocks',
			name: 'blocksMode',
			type: 'options',
			default: 'builder',
			options: [
				{ name: 'Using the Builder', value: 'builder' },
				{
					name: 'Using JSON',
					value: 'json',
					description: 'The form blocks as JSON, for a form made by code or copied from elsewhere',
				},
			],
		},
		{
			...sendsVia(blocksBuilder, 'body:view.blocks', async (_ctx, value, label, options) =>
				place(options, 'body:view.blocks', checkBlocks(blocksFromBuilder(value), label)),
			),
			displayOptions: { show: { blocksMode: ['builder'] } },
		},
		{
			...sendsVia(
				{
					displayName: 'Blocks (JSON)',
					name: 'blocksJson',
					type: 'json',
					default: '[]',
					description: 'The view\'s blocks, e.g. [{"type": "input", "name": "reason", "label": "Reason"}]',
				},
				'body:view.blocks',
				async (_ctx, value, label, options) =>
					place(options, 'body:view.blocks', checkBlocks(parseJsonField(value, label), label)),
			),
			displayOptions: { show: { blocksMode: ['json'] } },
		},
		collection({ displayName: 'Additional Fields', name: 'formAdditionalFields' }, (option) => [
			option.via(
				{
					displayName: 'Callback ID',
					name: 'callback_id',
					type: 'string',
					default: '',
					description: 'Comes back with the submitted form, to tell your forms apart (up to 255 characters)',
				},
				'body:callback_id',
				text('body:callback_id', 255),
			),
			option.via(
				{
					displayName: 'Close Button Text',
					name: 'close_text',
					type: 'string',
					default: 'Cancel',
					description: 'Up to 24 characters',
				},
				'body:view.close_text',
				text('body:view.close_text', 24),
			),
			option.via(
				{
					displayName: 'Private Metadata',
					name: 'private_metadata',
					type: 'string',
					default: '',
					description: 'Any text (often JSON) that comes back with the submitted form (up to 3000 characters)',
				},
				'body:private_metadata',
				text('body:private_metadata', 3000),
			),
			option.via(
				{
					displayName: 'Submit Button Text',
					name: 'submit_text',
					type: 'string',
					default: 'Submit',
					description: 'Up to 24 characters',
				},
				'body:view.submit_text',
				text('body:view.submit_text', 24),
			),
		]),
	],
);
