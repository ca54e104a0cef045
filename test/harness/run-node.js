// @ts-check
const { ExecuteContext, RoutingNode } = require('n8n-core');
const { Workflow } = require('n8n-workflow');

const { additionalDataFor } = require('./additional-data');
const { TestCredentialsHelper } = require('./credentials-helper');
const { nodeTypesOf } = require('./node-types');
const { loadedPackage } = require('./package-loader');

/**
 * @typedef {object} RunOptions
 * @property {Record<string, unknown>} parameters  the node's parameters, as n8n stores them
 * @property {Record<string, unknown>} credentials  data of the Pachca API credential
 * @property {import('n8n-workflow').INodeExecutionData[]} [items]  input items (default: one empty item)
 * @property {string} [node]  node name inside the package (default 'pachca')
 * @property {boolean} [continueOnFail]
 */

/**
 * Runs one declarative node the way n8n's WorkflowExecute does for a node without `execute`:
 * RoutingNode inside an ExecuteContext, real HTTP through n8n-core's request helpers.
 * @param {RunOptions} options
 */
async function runNode({ parameters, credentials, items = [{ json: {} }], node = 'pachca', continueOnFail = false }) {
	const loader = await loadedPackage();
	const nodeTypes = nodeTypesOf(loader);
	const type = `${loader.packageName}.${node}`;
	const nodeType = nodeTypes.getByNameAndVersion(type);
	const workflowNode = {
		id: 'node-1',
		name: 'Pachca',
		type,
		typeVersion: 1,
		position: /** @type {[number, number]} */ ([0, 0]),
		parameters: /** @type {any} */ (parameters),
		credentials: { pachcaApi: { id: 'cred-1', name: 'Pachca account' } },
		onError: continueOnFail ? /** @type {const} */ ('continueRegularOutput') : undefined,
	};
	const workflow = new Workflow({ id: 'wf', name: 'test', nodes: [workflowNode], connections: {}, active: false, nodeTypes });
	const credentialsHelper = new TestCredentialsHelper(loader, { pachcaApi: credentials });
	const additionalData = additionalDataFor(credentialsHelper);
	const inputData = { main: [items] };
	const runExecutionData = /** @type {any} */ ({ resultData: { runData: {} }, executionData: { nodeExecutionStack: [], contextData: {}, metadata: {}, waitingExecution: {}, waitingExecutionSource: {} } });
	const executeData = { node: workflowNode, data: inputData, source: null };
	const context = new ExecuteContext(workflow, workflowNode, additionalData, 'manual', runExecutionData, 0, items, inputData, executeData, []);
	const output = await new RoutingNode(context, nodeType).runNode();
	return { items: output?.[0] ?? [], authenticated: credentialsHelper.authenticated };
}

module.exports = { runNode };
