// @ts-check
const { NodeHelpers } = require('n8n-workflow');

/**
 * n8n's INodeTypes over the loaded package, addressing nodes by their full type name
 * (`<package>.<node>`) as workflows do.
 * @param {import('n8n-core').PackageDirectoryLoader} loader
 */
function nodeTypesOf(loader) {
	/** @param {string} type */
	const byName = (type) => {
		const short = type.startsWith(`${loader.packageName}.`) ? type.slice(loader.packageName.length + 1) : type;
		const loaded = loader.nodeTypes[short];
		if (!loaded) throw new Error(`Unknown node type ${type}`);
		return loaded.type;
	};
	return {
		getByName: byName,
		/** @param {string} type @param {number} [version] */
		getByNameAndVersion: (type, version) => NodeHelpers.getVersionedNodeType(byName(type), version),
		getKnownTypes: () => ({}),
	};
}

module.exports = { nodeTypesOf };
