import type { INodeProperties } from 'n8n-workflow';

import { OPTIONS } from '../../../sendAndWait/description';

/** Limit Wait Time, in the shape of n8n's own (`options.limitWaitTime.values`). */
const limitWaitTime: INodeProperties = {
	displayName: 'Limit Wait Time',
	name: 'limitWaitTime',
	type: 'fixedCollection',
	description:
		'Whether to stop waiting at some point: the execution then goes on with the input items (no data.approved) and later clicks change nothing',
	default: { values: { limitType: 'afterTimeInterval', resumeAmount: 45, resumeUnit: 'minutes' } },
	options: [
		{
			displayName: 'Values',
			name: 'values',
			values: [
				{
					displayName: 'Limit Type',
					name: 'limitType',
					type: 'options',
					default: 'afterTimeInterval',
					options: [
						{
							name: 'After Time Interval',
							value: 'afterTimeInterval',
							description: 'Waits for a certain amount of time',
						},
						{ name: 'At Specified Time', value: 'atSpecifiedTime', description: 'Waits until a date and time' },
					],
				},
				{
					displayName: 'Amount',
					name: 'resumeAmount',
					type: 'number',
					typeOptions: { minValue: 0, numberPrecision: 2 },
					default: 1,
					displayOptions: { show: { limitType: ['afterTimeInterval'] } },
				},
				{
					displayName: 'Unit',
					name: 'resumeUnit',
					type: 'options',
					default: 'hours',
					options: [
						{ name: 'Minutes', value: 'minutes' },
						{ name: 'Hours', value: 'hours' },
						{ name: 'Days', value: 'days' },
					],
					displayOptions: { show: { limitType: ['afterTimeInterval'] } },
				},
				{
					displayName: 'Max Date and Time',
					name: 'maxDateAndTime',
					type: 'dateTime',
					default: '',
					displayOptions: { show: { limitType: ['atSpecifiedTime'] } },
				},
			],
		},
	],
};

const editAfterAnswer: INodeProperties = {
	displayName: 'Edit Message After Answer',
	name: 'editAfterAnswer',
	type: 'boolean',
	default: true,
	description:
		'Whether to remove the buttons once answered and add the outcome to the message (✅ Approved, ❌ Declined, ✅ Answered); on when not added',
};

const formOptions: INodeProperties[] = [
	{ displayName: 'Message Button Label', name: 'messageButtonLabel', type: 'string', default: 'Respond' },
	{
		displayName: 'Response Form Title',
		name: 'responseFormTitle',
		type: 'string',
		default: '',
		description: 'Title of the page the button opens (a Pachca form shows up to 24 characters)',
	},
	{
		displayName: 'Response Form Description',
		name: 'responseFormDescription',
		type: 'string',
		default: '',
		description: 'Text above the fields; the message text when empty',
	},
	{ displayName: 'Response Form Button Label', name: 'responseFormButtonLabel', type: 'string', default: 'Submit' },
];

/** One collection (one name, read once per item); the form's options show only for the form types. */
export const optionFields: INodeProperties[] = [
	{
		displayName: 'Options',
		name: OPTIONS,
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			...formOptions.map((option) => ({
				...option,
				displayOptions: { show: { '/responseType': ['freeText', 'customForm'] } },
			})),
			limitWaitTime,
			editAfterAnswer,
		],
	},
];
