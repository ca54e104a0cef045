// @ts-check
// A webhook trigger's lifecycle through n8n-core's HookContext, in the order n8n's
// WebhookService runs it: checkExists, then create when it said false; delete on the way out.
// Activation runs as n8n's ActiveWorkflowManager does (mode 'trigger'); "Listen for test event"
// as its TestWebhooks does (mode 'manual', fresh static data, the test URL, delete on failure).
const { HookContext } = require('n8n-core');

/**
 * @param {import('./trigger-setup').TriggerSetup} setup
 * @param {'checkExists' | 'create' | 'delete'} method
 * @param {import('n8n-workflow').Workflow} workflow
 * @param {{
 *   mode: import('n8n-workflow').WorkflowExecuteMode,
 *   activation: import('n8n-workflow').WorkflowActivateMode,
 *   isTest: boolean,
 * }} how
 */
async function runHook(setup, method, workflow, { mode, activation, isTest }) {
	const additionalData = setup.additionalData();
	const webhookData = setup.webhookData(additionalData, isTest);
	const hook = setup.nodeType.webhookMethods?.default?.[method];
	if (!hook) throw new Error(`The node has no webhookMethods.default.${method}`);
	const context = new HookContext(
		workflow,
		workflow.getNode(setup.node.name) ?? setup.node,
		additionalData,
		mode,
		activation,
		webhookData,
	);
	return await hook.call(/** @type {any} */ (context));
}

/** Activates the workflow: registers the production URL. @param {import('./trigger-setup').TriggerSetup} setup */
async function activate(setup, activation = /** @type {import('n8n-workflow').WorkflowActivateMode} */ ('activate')) {
	const workflow = setup.workflow();
	const how = { mode: /** @type {const} */ ('trigger'), activation, isTest: false };
	const exists = await runHook(setup, 'checkExists', workflow, how);
	if (!exists) await runHook(setup, 'create', workflow, how);
	setup.save(workflow);
	return { created: !exists };
}

/** Deactivates the workflow. @param {import('./trigger-setup').TriggerSetup} setup */
async function deactivate(setup) {
	const workflow = setup.workflow();
	await runHook(setup, 'delete', workflow, { mode: 'internal', activation: 'update', isTest: false });
	setup.save(workflow);
}

/**
 * "Listen for test event": returns the test static data n8n keeps with the registration.
 * @param {import('./trigger-setup').TriggerSetup} setup
 */
async function listenForTest(setup) {
	const workflow = setup.workflow({ active: false, staticData: {} });
	const how = { mode: /** @type {const} */ ('manual'), activation: /** @type {const} */ ('manual'), isTest: true };
	try {
		const exists = await runHook(setup, 'checkExists', workflow, how);
		if (!exists) await runHook(setup, 'create', workflow, how);
	} catch (error) {
		// n8n registered the test webhook before creating it, and takes it down again on failure.
		await runHook(setup, 'delete', workflow, { mode: 'internal', activation: 'update', isTest: true });
		throw error;
	}
	return JSON.parse(JSON.stringify(workflow.staticData));
}

/**
 * Ends listening (test event received or timed out).
 * @param {import('./trigger-setup').TriggerSetup} setup
 * @param {Record<string, unknown>} testStaticData
 */
async function stopListening(setup, testStaticData) {
	const workflow = setup.workflow({ active: false, staticData: testStaticData });
	await runHook(setup, 'delete', workflow, { mode: 'internal', activation: 'update', isTest: true });
}

module.exports = { activate, deactivate, listenForTest, stopListening };
