// @ts-check
'use strict';
// The one place that pins what `npm start` and the end-to-end tests run: n8n itself, the Node.js
// it needs (n8n 2.x requires Node 24; the project's own tooling runs on Node 20), and where both
// are cached (git-ignored, reused between runs). A second pin, `legacy`, is the older n8n line
// the README lists as supported (n8n 1.123 on Node 22), for `npm run test:e2e:legacy`.

const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * @typedef {object} N8nPin
 * @property {string} n8n  the n8n version (exact, as in the manifest)
 * @property {string} node  Node.js for it, from the npm registry package `node-<platform>-<arch>`
 * @property {string} n8nDir  its folder under the cache
 * @property {string} nodeDir  Node's folder under the cache
 * @property {string} manifestDir  manifest and lockfile (copied into the cache, then `npm install`)
 * @property {number} packages  about how many packages the install holds (for progress lines)
 */

/** @type {{ current: N8nPin, legacy: N8nPin }} */
const PINS = {
	current: {
		n8n: '2.41.1',
		node: '24.9.0',
		n8nDir: 'n8n',
		nodeDir: 'node24',
		manifestDir: path.join(__dirname, 'runtime'),
		packages: 2200,
	},
	legacy: {
		n8n: '1.123.81',
		node: '22.23.3',
		n8nDir: 'n8n-1.123',
		nodeDir: 'node22',
		manifestDir: path.join(__dirname, 'runtime-1.123'),
		packages: 2300,
	},
};

module.exports = {
	ROOT,
	PINS,
	N8N_VERSION: PINS.current.n8n,
	/** Node.js for n8n, from the npm registry package `node-<platform>-<arch>` (what `node@24` installs). */
	NODE_VERSION: PINS.current.node,
	CACHE_DIR: path.join(ROOT, '.cache'),
	/** Manifest and lockfile of the n8n install (copied into the cache, then `npm install`). */
	RUNTIME_MANIFEST_DIR: PINS.current.manifestDir,
};
