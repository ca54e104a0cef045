import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { destinationFields } from './destination';
import { optionFields } from './options';
import { responseFields } from './response';

/**
 * Message → Send and Wait for Response: a custom operation (nodes/Pachca/sendAndWait/), the one
 * operation of the node that n8n's routing does not send. Parameter names follow n8n's own
 * Send and Wait (`message`, `responseType`, `approvalOptions`, `formFields`, `options`).
 */
export const sendAndWaitFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendAndWait'] } },
	[
		{
			displayName:
				'The buttons open links to this n8n (its webhook URL): the people who answer must be able to reach it from their browser',
			name: 'sendAndWaitNotice',
			type: 'notice',
			default: '',
			displayOptions: { hide: { answerIn: ['pachca'] } },
		},
		{
			displayName:
				'Answered inside Pachca: the press goes to the bot, so this needs an active workflow with a Pachca Trigger of this n8n, for the same bot and listening to Button Click. It starts nothing of its own for these presses.',
			name: 'sendAndWaitInPachcaNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { answerIn: ['pachca'], responseType: ['approval'] } },
		},
		{
			displayName:
				'Answered inside Pachca: the Respond button opens a Pachca form (Free Text: one text box; Custom Form: the fields below), and its submission resumes this execution. Needs an active workflow with a Pachca Trigger of this n8n, for the same bot, listening to Button Click; the bot must be able to open forms (views:write). It starts nothing of its own for these presses and forms.',
			name: 'sendAndWaitFormInPachcaNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { answerIn: ['pachca'], responseType: ['freeText', 'customForm'] } },
		},
		...destinationFields,
		{
			displayName: 'Message',
			name: 'message',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			required: true,
			description: 'The question. Mention people with @nickname or &lt;@user_id&gt;.',
		},
		...responseFields,
		...optionFields,
	],
);
