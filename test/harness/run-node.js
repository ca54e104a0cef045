// @ts-check
const { ExecuteContext, RoutingNode } = require('n8n-core');

const { additionalDataFor } = require('./additional-data');
const { TestCredentialsHelper } = require('./credentials-helper');
const { oneNodeWorkflow } = require('./one-node-workflow');
const { loadedPackage } = require('./package-loader');

/**
 * @typedef {object} RunOptions
 * @property {Record<string, unknown>} parameters  the node's parameters, as n8n stores them
 * @property {Record<string, unknown>} credentials  data of the Pachca API credential
 * @property {import('n8n-workflow').INodeExecutionData[]} [items]  input items (default: one empty item)
 * @property {string} [node]  node name inside the package (default 'pachca')
 * @property {boolean} [continueOnFail]
 * @property {Record<string, Record<string, unknown>>} [otherCredentials]  data of other credential types, by type name
 */

/**
 * Runs one node the way n8n's WorkflowExecute does for a node without `execute`: the custom
 * operation for the node's resource and operation when it has one (WorkflowExecute's
 * getCustomOperation), else RoutingNode; inside an ExecuteContext, real HTTP through n8n-core's
 * request helpers.
 * @param {RunOptions} options
 */
async function runNode({
	parameters,
	credentials,
	items = [{ json: {} }],
	node = 'pachca',
	continueOnFail = false,
	otherCredentials = {},
}) {
	const loader = await loadedPackage();
	const onError = continueOnFail ? /** @type {const} */ ('continueRegularOutput') : undefined;
	const data = { pachcaApi: credentials, ...otherCredentials };
	const { workflow, workflowNode, nodeType } = oneNodeWorkflow(loader, {
		node,
		parameters,
		onError,
		credentialTypes: Object.keys(data),
	});
	const credentialsHelper = new TestCredentialsHelper(loader, data);
	const additionalData = additionalDataFor(credentialsHelper);
	const inputData = { main: [items] };
	const runExecutionData = /** @type {any} */ ({
		resultData: { runData: {} },
		executionData: {
			nodeExecutionStack: [],
			contextData: {},
			metadata: {},
			waitingExecution: {},
			waitingExecutionSource: {},
		},
	});
	const executeData = { node: workflowNode, data: inputData, source: null };
	const context = new ExecuteContext(
		workflow,
		workflowNode,
		additionalData,
		'manual',
		runExecutionData,
		0,
		items,
		inputData,
		executeData,
		[],
	);
	const { resource, operation } = /** @type {any} */ (workflowNode.parameters);
	const custom = /** @type {any} */ (nodeType).customOperations?.[resource]?.[operation];
	const output = custom ? await custom.call(context) : await new RoutingNode(context, nodeType).runNode();
	return { items: output?.[0] ?? [], authenticated: credentialsHelper.authenticated };
}

module.exports = { runNode };
