// @ts-check
const { LoadOptionsContext } = require('n8n-core');

const { additionalDataFor } = require('./additional-data');
const { TestCredentialsHelper } = require('./credentials-helper');
const { oneNodeWorkflow } = require('./one-node-workflow');
const { loadedPackage } = require('./package-loader');

/**
 * Calls one of the node's listSearch methods in n8n-core's LoadOptionsContext, as the editor
 * does when a picker opens or the user types a filter.
 * @param {{ method: string, credentials: Record<string, unknown>, filter?: string, paginationToken?: string, parameters?: Record<string, unknown>, node?: string }} options
 */
async function searchList({ method, credentials, filter, paginationToken, parameters = {}, node = 'pachca' }) {
	const loader = await loadedPackage();
	const { workflow, workflowNode, nodeType } = oneNodeWorkflow(loader, { node, parameters });
	const additionalData = additionalDataFor(new TestCredentialsHelper(loader, { pachcaApi: credentials }));
	const context = new LoadOptionsContext(workflow, workflowNode, additionalData, 'parameters');
	const search = nodeType.methods?.listSearch?.[method];
	if (!search) throw new Error(`No listSearch method ${method}`);
	return await search.call(context, filter, paginationToken);
}

/**
 * Calls one of the node's loadOptions methods (the multi-value pickers) the same way.
 * @param {{ method: string, credentials: Record<string, unknown>, parameters?: Record<string, unknown>, node?: string }} options
 */
async function loadOptions({ method, credentials, parameters = {}, node = 'pachca' }) {
	const loader = await loadedPackage();
	const { workflow, workflowNode, nodeType } = oneNodeWorkflow(loader, { node, parameters });
	const additionalData = additionalDataFor(new TestCredentialsHelper(loader, { pachcaApi: credentials }));
	const context = new LoadOptionsContext(workflow, workflowNode, additionalData, 'parameters');
	const load = nodeType.methods?.loadOptions?.[method];
	if (!load) throw new Error(`No loadOptions method ${method}`);
	return await load.call(context);
}

module.exports = { searchList, loadOptions };
