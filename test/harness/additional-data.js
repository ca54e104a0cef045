// @ts-check
const { ExecutionLifecycleHooks } = require('n8n-core');

/**
 * The slice of IWorkflowExecuteAdditionalData the node contexts read: the credentials helper,
 * lifecycle hooks and identifiers. Everything else n8n keeps there (DB access, sub-workflow
 * runners, push) is outside what a Pachca node touches.
 * @param {import('./credentials-helper').TestCredentialsHelper} credentialsHelper
 * @returns {any}
 */
function additionalDataFor(credentialsHelper) {
	return {
		credentialsHelper,
		hooks: new ExecutionLifecycleHooks(
			'manual',
			'test-execution',
			/** @type {any} */ ({ id: 'wf', nodes: [], connections: {} }),
		),
		executionId: 'test-execution',
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		currentNodeParameters: undefined,
		executionTimeoutTimestamp: undefined,
		userId: 'test-user',
		variables: {},
		setExecutionStatus: () => {},
		sendDataToUI: () => {},
		logAiEvent: () => {},
	};
}

module.exports = { additionalDataFor };
