// @ts-check
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { PackageDirectoryLoader } = require('n8n-core');

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
		const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
		const [{ filename, files, name }] = JSON.parse(out);
		const target = path.join(work, 'node_modules', name);
		fs.mkdirSync(target, { recursive: true });
		execFileSync('tar', ['-xzf', path.join(work, path.basename(filename)), '-C', target, '--strip-components=1']);
		const loader = new PackageDirectoryLoader(target);
		await loader.loadAll();
		return { files: files.map((/** @type {{ path: string }} */ f) => f.path), loader };
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
}

module.exports = { packAndLoad };
