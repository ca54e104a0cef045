// @ts-check
const { LoadOptionsContext } = require('n8n-core');
const { Workflow } = require('n8n-workflow');

const { additionalDataFor } = require('./additional-data');
const { TestCredentialsHelper } = require('./credentials-helper');
const { nodeTypesOf } = require('./node-types');
const { loadedPackage } = require('./package-loader');

/**
 * Calls one of the node's listSearch methods in n8n-core's LoadOptionsContext, as the editor
 * does when a picker opens or the user types a filter.
 * @param {{ method: string, credentials: Record<string, unknown>, filter?: string, paginationToken?: string, parameters?: Record<string, unknown>, node?: string }} options
 */
async function searchList({ method, credentials, filter, paginationToken, parameters = {}, node = 'pachca' }) {
	const loader = await loadedPackage();
	const nodeTypes = nodeTypesOf(loader);
	const type = `${loader.packageName}.${node}`;
	const workflowNode = {
		id: 'node-1',
		name: 'Pachca',
		type,
		typeVersion: 1,
		position: /** @type {[number, number]} */ ([0, 0]),
		parameters: /** @type {any} */ (parameters),
		credentials: { pachcaApi: { id: 'cred-1', name: 'Pachca account' } },
	};
	const workflow = new Workflow({ id: 'wf', name: 'test', nodes: [workflowNode], connections: {}, active: false, nodeTypes });
	const additionalData = additionalDataFor(new TestCredentialsHelper(loader, { pachcaApi: credentials }));
	const context = new LoadOptionsContext(workflow, workflowNode, additionalData, 'parameters');
	const nodeType = nodeTypes.getByNameAndVersion(type);
	const search = nodeType.methods?.listSearch?.[method];
	if (!search) throw new Error(`No listSearch method ${method}`);
	return await search.call(context, filter, paginationToken);
}

module.exports = { searchList };
