// @ts-check
'use strict';
// The workflows of the Send and Wait end-to-end steps: a Webhook trigger (production, so in
// queue mode the execution runs on a worker), the Pachca node's Send and Wait, and a Pachca
// "Send" that posts the outcome into General, where the steps read it from the sandbox.

const { PACHCA_CREDENTIAL, sendMessageParameters } = require('./workflow-parts');

const GENERAL = 101;

/** What each workflow asks with: Send and Wait's parameters apart from the destination and text. */
const KINDS = {
	approval: { responseType: 'approval', approvalOptions: { values: { approvalType: 'double' } } },
	freeText: { responseType: 'freeText', sendAndWaitOptions: { messageButtonLabel: 'Answer' } },
	customForm: {
		responseType: 'customForm',
		formFields: {
			values: [
				{ fieldLabel: 'Name', requiredField: true },
				{ fieldLabel: 'Copies', fieldType: 'number' },
			],
		},
	},
	inPachca: { responseType: 'approval', answerIn: 'pachca', approvalOptions: { values: { approvalType: 'double' } } },
	inPachcaText: {
		responseType: 'freeText',
		answerIn: 'pachca',
		sendAndWaitOptions: { messageButtonLabel: 'Answer', responseFormTitle: 'Release notes' },
	},
	inPachcaForm: {
		responseType: 'customForm',
		answerIn: 'pachca',
		formFields: {
			values: [
				{ fieldLabel: 'Name', requiredField: true },
				{
					fieldLabel: 'Team',
					fieldType: 'dropdown',
					fieldOptions: { values: [{ option: 'Backend' }, { option: 'Design' }] },
				},
			],
		},
		sendAndWaitOptions: { messageButtonLabel: 'Answer', responseFormTitle: 'Release notes' },
	},
	limit: {
		responseType: 'approval',
		sendAndWaitOptions: {
			limitWaitTime: { values: { limitType: 'afterTimeInterval', resumeAmount: 0.1, resumeUnit: 'minutes' } },
		},
	},
};

/** @typedef {keyof typeof KINDS} Kind */

/** @param {Kind} kind @param {string} prefix ids and paths are unique per prefix */
function sendWaitWorkflow(kind, prefix = 'pachcaSendWait') {
	const id = `${prefix}-${kind}`;
	const hook = {
		id: `${id}-hook`,
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, 0],
		webhookId: `${id}-hook`,
		parameters: { httpMethod: 'POST', path: id, responseMode: 'onReceived', options: {} },
	};
	const ask = {
		id: `${id}-ask`,
		name: 'Ask',
		type: 'n8n-nodes-pachca-plus.pachca',
		typeVersion: 1,
		position: [220, 0],
		webhookId: `${id}-ask`,
		parameters: {
			resource: 'message',
			operation: 'sendAndWait',
			sendTo: 'discussion',
			sendToChat: { __rl: true, mode: 'id', value: String(GENERAL) },
			message: '={{ $json.body.question }}',
			...KINDS[kind],
		},
		credentials: PACHCA_CREDENTIAL,
	};
	const report = {
		id: `${id}-report`,
		name: 'Report',
		type: 'n8n-nodes-pachca-plus.pachca',
		typeVersion: 1,
		position: [440, 0],
		parameters: sendMessageParameters(
			String(GENERAL),
			"={{ 'Outcome of ' + $('Webhook').first().json.body.question + ': ' + JSON.stringify($json.data ?? 'expired') }}",
		),
		credentials: PACHCA_CREDENTIAL,
	};
	return {
		id,
		name: `Send and Wait (${kind})`,
		path: id,
		nodes: [hook, ask, report],
		connections: {
			Webhook: { main: [[{ node: 'Ask', type: 'main', index: 0 }]] },
			Ask: { main: [[{ node: 'Report', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
	};
}

module.exports = { sendWaitWorkflow, KINDS, GENERAL };
