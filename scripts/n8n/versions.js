// @ts-check
'use strict';
// The one place that pins what `npm start` and the end-to-end tests run: n8n itself, the Node.js
// it needs (n8n 2.x requires Node 24; the project's own tooling runs on Node 20), and where both
// are cached (git-ignored, reused between runs).

const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

module.exports = {
	ROOT,
	N8N_VERSION: '2.41.1',
	/** Node.js for n8n, from the npm registry package `node-<platform>-<arch>` (what `node@24` installs). */
	NODE_VERSION: '24.9.0',
	CACHE_DIR: path.join(ROOT, '.cache'),
	/** Manifest and lockfile of the n8n install (copied into the cache, then `npm install`). */
	RUNTIME_MANIFEST_DIR: path.join(__dirname, 'runtime'),
};
