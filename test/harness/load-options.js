// @ts-check
const { LoadOptionsContext } = require('n8n-core');

const { additionalDataFor } = require('./additional-data');
const { TestCredentialsHelper } = require('./credentials-helper');
const { oneNodeWorkflow } = require('./one-node-workflow');
const { loadedPackage } = require('./package-loader');

/**
 * n8n-core's LoadOptionsContext for the node, as the editor makes one when a picker opens, and
 * the node's method of that kind.
 * @param {'listSearch' | 'loadOptions'} kind
 * @param {{ method: string, credentials: Record<string, unknown>, parameters?: Record<string, unknown>, node?: string }} options
 */
async function pickerMethod(kind, { method, credentials, parameters = {}, node = 'pachca' }) {
	const loader = await loadedPackage();
	const { workflow, workflowNode, nodeType } = oneNodeWorkflow(loader, { node, parameters });
	const additionalData = additionalDataFor(new TestCredentialsHelper(loader, { pachcaApi: credentials }));
	const context = new LoadOptionsContext(workflow, workflowNode, additionalData, 'parameters');
	const fn = /** @type {Record<string, Function> | undefined} */ (nodeType.methods?.[kind])?.[method];
	if (!fn) throw new Error(`No ${kind} method ${method}`);
	return { context, fn };
}

/**
 * Calls one of the node's listSearch methods, as the editor does when a picker opens or the user types a filter.
 * @param {{
 *   method: string,
 *   credentials: Record<string, unknown>,
 *   filter?: string,
 *   paginationToken?: string,
 *   parameters?: Record<string, unknown>,
 *   node?: string,
 * }} options
 * @returns {Promise<import('n8n-workflow').INodeListSearchResult>}
 */
async function searchList(options) {
	const { context, fn } = await pickerMethod('listSearch', options);
	return await fn.call(context, options.filter, options.paginationToken);
}

/**
 * Calls one of the node's loadOptions methods (the multi-value pickers).
 * @param {{ method: string, credentials: Record<string, unknown>, parameters?: Record<string, unknown>, node?: string }} options
 * @returns {Promise<import('n8n-workflow').INodePropertyOptions[]>}
 */
async function loadOptions(options) {
	const { context, fn } = await pickerMethod('loadOptions', options);
	return await fn.call(context);
}

module.exports = { searchList, loadOptions };
