// @ts-check
const { Workflow } = require('n8n-workflow');

const { nodeTypesOf } = require('./node-types');

/**
 * A workflow holding one node of the package with the Pachca credential attached, as n8n builds
 * it from a saved workflow (the Workflow constructor fills in parameter defaults).
 * @param {import('n8n-core').PackageDirectoryLoader} loader
 * @param {{ node: string, parameters: Record<string, unknown>, onError?: 'continueRegularOutput', credentialTypes?: string[] }} options
 */
function oneNodeWorkflow(loader, { node, parameters, onError, credentialTypes = ['pachcaApi'] }) {
	const nodeTypes = nodeTypesOf(loader);
	const type = `${loader.packageName}.${node}`;
	const workflowNode = {
		id: 'node-1',
		name: 'Pachca',
		type,
		typeVersion: 1,
		position: /** @type {[number, number]} */ ([0, 0]),
		parameters: /** @type {any} */ (parameters),
		credentials: Object.fromEntries(
			credentialTypes.map((type, i) => [type, { id: `cred-${i + 1}`, name: `Pachca ${type}` }]),
		),
		onError,
	};
	const workflow = new Workflow({
		id: 'wf',
		name: 'test',
		nodes: [workflowNode],
		connections: {},
		active: false,
		nodeTypes,
	});
	return { workflow, workflowNode, nodeType: nodeTypes.getByNameAndVersion(type) };
}

module.exports = { oneNodeWorkflow };
