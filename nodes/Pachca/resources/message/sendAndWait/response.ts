import type { INodeProperties } from 'n8n-workflow';

import { formFieldsField } from './formFields';

/** Response Type and its approval choices, in the shape of n8n's own Send and Wait operations. */
export const responseFields: INodeProperties[] = [
	{
		displayName: 'Response Type',
		name: 'responseType',
		type: 'options',
		default: 'approval',
		options: [
			{
				name: 'Approval',
				value: 'approval',
				description: 'Buttons under the message: Approve, or Approve and Decline',
			},
			{
				name: 'Free Text',
				value: 'freeText',
				description: 'A button opens a text box: a page in the browser, or a form inside Pachca',
			},
			{
				name: 'Custom Form',
				value: 'customForm',
				description: 'A button opens the fields defined below: a page in the browser, or a form inside Pachca',
			},
		],
	},
	{ ...formFieldsField, displayOptions: { show: { responseType: ['customForm'] } } },
	{
		displayName: 'Answer In',
		name: 'answerIn',
		type: 'options',
		default: 'browser',
		displayOptions: { show: { responseType: ['approval', 'freeText', 'customForm'] } },
		options: [
			{
				name: 'Browser (Link Buttons)',
				value: 'browser',
				description: "The buttons open n8n's page; people must be able to reach this n8n's address",
			},
			{
				name: 'Pachca (Data Buttons)',
				value: 'pachca',
				description:
					'The press is answered inside Pachca. Needs an active Pachca Trigger of this n8n for the same bot, listening to Button Click.',
			},
		],
	},
	{
		displayName: 'Approval Options',
		name: 'approvalOptions',
		type: 'fixedCollection',
		placeholder: 'Add option',
		default: {},
		displayOptions: { show: { responseType: ['approval'] } },
		options: [
			{
				displayName: 'Values',
				name: 'values',
				values: [
					{
						displayName: 'Type of Approval',
						name: 'approvalType',
						type: 'options',
						default: 'single',
						options: [
							{ name: 'Approve Only', value: 'single' },
							{ name: 'Approve and Decline', value: 'double' },
						],
					},
					{
						displayName: 'Approve Button Label',
						name: 'approveLabel',
						type: 'string',
						default: '✅ Approve',
						description: 'Up to 255 characters',
					},
					{
						displayName: 'Decline Button Label',
						name: 'disapproveLabel',
						type: 'string',
						default: '❌ Decline',
						description: 'Up to 255 characters',
						displayOptions: { show: { approvalType: ['double'] } },
					},
				],
			},
		],
	},
];
