// @ts-check
'use strict';
// The interactive workflow the latency case times: Pachca Trigger (button clicks) → Pachca
// Form → Open with the click's trigger_id, as a user builds it from the approval example.

const { PACHCA_CREDENTIAL } = require('../../test/e2e/workflow-parts');

const LATENCY_WORKFLOW_ID = 'pachcaLatencyForm';
const LATENCY_WEBHOOK_ID = '5d0c7a1e-3b9f-4c61-9a52-1a7e0c000001';

function latencyWorkflow() {
	return {
		id: LATENCY_WORKFLOW_ID,
		name: 'Latency: button → form',
		nodes: [
			{
				id: 'latency-trigger',
				name: 'On button',
				type: 'n8n-nodes-pachca-plus.pachcaTrigger',
				typeVersion: 2,
				position: [0, 0],
				webhookId: LATENCY_WEBHOOK_ID,
				parameters: { events: ['button_click'], filters: {}, options: {} },
				credentials: PACHCA_CREDENTIAL,
			},
			{
				id: 'latency-form',
				name: 'Open form',
				type: 'n8n-nodes-pachca-plus.pachca',
				typeVersion: 1,
				position: [220, 0],
				parameters: {
					resource: 'form',
					operation: 'open',
					triggerId: '={{ $json.trigger_id }}',
					formTitle: 'Comment',
					blocksMode: 'json',
					blocksJson:
						'[{"type": "plain_text", "text": "Why?"}, {"type": "input", "name": "comment", "label": "Comment", "multiline": true}]',
					formAdditionalFields: { callback_id: 'latency', private_metadata: '={{ String($json.message_id) }}' },
				},
				credentials: PACHCA_CREDENTIAL,
			},
		],
		connections: { 'On button': { main: [[{ node: 'Open form', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
		active: false,
	};
}

module.exports = { latencyWorkflow, LATENCY_WORKFLOW_ID, LATENCY_WEBHOOK_ID };
