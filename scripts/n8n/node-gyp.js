// @ts-check
'use strict';
// Finds a node-gyp to build sqlite3 with: the one bundled with the npm in use (recent, knows
// current Python), else the one in n8n's own dependency tree.

const fs = require('node:fs');
const path = require('node:path');

/** npm's own folder: from npm_execpath (set under `npm run`), else from the `npm` on PATH. */
function npmDirs() {
	/** @type {string[]} */
	const dirs = [];
	if (process.env.npm_execpath) dirs.push(path.resolve(path.dirname(process.env.npm_execpath), '..'));
	for (const entry of (process.env.PATH ?? '').split(path.delimiter)) {
		const candidate = path.join(entry, 'npm');
		try {
			dirs.push(path.resolve(path.dirname(fs.realpathSync(candidate)), '..'));
		} catch {
			// not on this PATH entry
		}
	}
	return dirs;
}

/** @param {string} n8nDir the n8n install (fallback: its node_modules/node-gyp) */
function nodeGypScript(n8nDir) {
	const candidates = [
		...npmDirs().map((dir) => path.join(dir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')),
		path.join(n8nDir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
	];
	const found = candidates.find((file) => fs.existsSync(file));
	if (!found) throw new Error(`node-gyp not found (looked in: ${candidates.join(', ')}).`);
	return found;
}

module.exports = { nodeGypScript };
