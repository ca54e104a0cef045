// @ts-check
'use strict';
// Node.js for n8n (24 for n8n 2.x, 22 for the legacy leg), taken from the npm registry. The `node` package on npm only runs an install
// script that installs `node-<platform>-<arch>` at the same version; we install that package
// directly (no install scripts needed). It ships bin/node and include/node, the headers node-gyp
// needs to rebuild sqlite3 for this Node.

const fs = require('node:fs');
const path = require('node:path');
const { run, duration } = require('../lib/run');
const { PINS } = require('./versions');

/** @typedef {{ node: string, binDir: string, headersDir: string, version: string }} NodeRuntime */

const INSTALL_LIMIT_MS = 10 * 60 * 1000;

function packageName() {
	const platform = process.platform === 'win32' ? 'win' : process.platform;
	if (!['linux', 'darwin'].includes(platform)) {
		throw new Error(
			`No Node.js package for ${process.platform}: run n8n yourself (see README → Install in your own n8n).`,
		);
	}
	return `node-${platform}-${process.arch}`;
}

/** @param {string} dir @param {string} version @returns {NodeRuntime} */
function runtimeIn(dir, version) {
	const root = path.join(dir, 'node_modules', packageName());
	return {
		node: path.join(root, 'bin', 'node'),
		binDir: path.join(root, 'bin'),
		headersDir: root,
		version,
	};
}

/**
 * Installs the pin's Node into `<cacheDir>/<pin.nodeDir>` unless it is there already.
 * @param {string} cacheDir
 * @param {import('./versions').N8nPin} [pin] default: the current n8n's (Node 24 in .cache/node24)
 * @returns {Promise<NodeRuntime>}
 */
async function ensureNode24(cacheDir, pin = PINS.current) {
	const version = pin.node;
	const dir = path.join(cacheDir, pin.nodeDir);
	const runtime = runtimeIn(dir, version);
	const marker = path.join(dir, '.installed');
	if (fs.existsSync(runtime.node) && readText(marker) === version) return runtime;
	const spec = `${packageName()}@${version}`;
	console.log(
		`[setup] Installing Node ${version} for n8n (npm package ${spec}) into ${path.relative(process.cwd(), dir)} …`,
	);
	const started = Date.now();
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ private: true }, null, 2));
	const args = [
		'install',
		'--ignore-scripts',
		'--no-audit',
		'--no-fund',
		'--no-package-lock',
		'--loglevel=error',
		spec,
	];
	const result = await run('npm', args, {
		cwd: dir,
		timeoutMs: INSTALL_LIMIT_MS,
		prefix: '[setup]   npm: ',
		show: (line) => line.trim() !== '',
	});
	if (result.code !== 0 || !fs.existsSync(runtime.node)) {
		const why = result.timedOut ? `timed out after ${duration(INSTALL_LIMIT_MS)}` : `npm exited with ${result.code}`;
		throw new Error(`Installing Node ${version} (${spec}) from the npm registry failed: ${why}.\n${result.tail}`);
	}
	fs.writeFileSync(marker, version);
	console.log(`[setup] Node ${version} installed in ${duration(Date.now() - started)}.`);
	return runtime;
}

/** @param {string} file */
function readText(file) {
	try {
		return fs.readFileSync(file, 'utf8').trim();
	} catch {
		return '';
	}
}

module.exports = { ensureNode24, readText };
