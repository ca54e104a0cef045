// @ts-check
const fs = require('node:fs');
const path = require('node:path');
const { PackageDirectoryLoader } = require('n8n-core');

const { packUnpacked } = require('../../scripts/lib/packed-copy');
const { ROOT } = require('./package-loader');

/**
 * Packs the package with `npm pack` (dist must be built) and unpacks it where n8n would keep an
 * installed community package, `<folder>/node_modules/<name>`; the folder sits inside the repo
 * so `n8n-workflow` (a peer dependency n8n provides) resolves from the repo's node_modules.
 * Returns the tarball's file list and the loader that read the unpacked copy.
 */
async function packAndLoad() {
	const work = fs.mkdtempSync(path.join(ROOT, '.cache-pack-'));
	try {
		const { target, files } = packUnpacked(ROOT, work, (name) => path.join('node_modules', name));
		const loader = new PackageDirectoryLoader(target);
		await loader.loadAll();
		return { files, loader };
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
}

module.exports = { packAndLoad };
