import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { DEFAULT_MAX_LENGTH } from '../../transport/splitText';

/**
 * Message → Reply: answers the Pachca event that started the workflow, found through n8n's item
 * lineage (triggerEventOf), so after an AI Agent only the text is left to fill in.
 */
export const replyFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['reply'] } },
	[
		{
			displayName: 'Text',
			name: 'replyText',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '={{ $json.output }}',
			required: true,
			description: "The answer. The default is an AI Agent's output; mention people with @nickname.",
		},
		{
			displayName: 'Reply In',
			name: 'replyIn',
			type: 'options',
			noDataExpression: true,
			default: 'thread',
			options: [
				{
					name: 'Thread',
					value: 'thread',
					description: 'The thread the message was written in, or a new thread under it',
				},
				{
					name: 'Chat',
					value: 'chat',
					description: 'Beside the message: in its chat, or in its thread if it was written in one',
				},
			],
		},
		{
			displayName:
				'Answers the Pachca Trigger event this item comes from (also through an AI Agent or other nodes in between).',
			name: 'replyNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Options',
			name: 'replyOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Long Text',
					name: 'longText',
					type: 'options',
					default: 'split',
					options: [
						{
							name: 'Split Into Several Messages',
							value: 'split',
							description: 'At paragraph, line or sentence ends, each part at most Max Length',
						},
						{
							name: 'Stop With an Error',
							value: 'refuse',
							description: 'Send nothing and say how long the text is',
						},
					],
				},
				{
					displayName: 'Max Length',
					name: 'maxLength',
					type: 'number',
					typeOptions: { minValue: 100 },
					default: DEFAULT_MAX_LENGTH,
					description: 'Characters per message; a longer text is split or refused, never cut',
				},
			],
		},
	],
);
