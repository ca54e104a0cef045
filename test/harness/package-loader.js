// @ts-check
// Test tooling is plain JavaScript: it needs Node built-ins that n8n's strict lint forbids in .ts.
const path = require('node:path');
const { PackageDirectoryLoader } = require('n8n-core');

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Loads the built package (dist/) exactly as n8n loads a community package, through n8n-core's
 * PackageDirectoryLoader reading the `n8n` section of package.json.
 * @returns {Promise<PackageDirectoryLoader>}
 */
async function loadPackage() {
	const loader = new PackageDirectoryLoader(ROOT);
	await loader.loadAll();
	return loader;
}

/** @type {Promise<PackageDirectoryLoader> | undefined} */
let cached;
/** One load per test file: loading twice gives the same classes anyway. */
function loadedPackage() {
	cached ??= loadPackage();
	return cached;
}

module.exports = { ROOT, loadPackage, loadedPackage };
