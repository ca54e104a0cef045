// @ts-check
'use strict';
// Builds and packs this package, and installs the tarball into an n8n user folder the way n8n's
// Community Nodes screen does (n8n 2.41, community-packages.service downloadPackage): unpack into
// <folder>/.n8n/nodes/node_modules/<name>, drop dev/peer/optional dependencies from its
// package.json, `npm install` its runtime dependencies inside it, record it in nodes/package.json.

const fs = require('node:fs');
const path = require('node:path');
const { run } = require('../lib/run');
const { ROOT } = require('./versions');

const BUILD_LIMIT_MS = 5 * 60 * 1000;

/** @param {string} what @param {{ code: number|null, timedOut: boolean, tail: string }} result */
function check(what, result) {
	if (result.code === 0) return;
	throw new Error(`${what} failed (${result.timedOut ? 'timed out' : `exit ${result.code}`}):\n${result.tail}`);
}

/** `npm run build && npm pack`; returns the tarball's path. @param {string} packDir */
async function buildAndPack(packDir) {
	console.log('[pack] npm run build …');
	check('npm run build', await run('npm', ['run', 'build'], { cwd: ROOT, timeoutMs: BUILD_LIMIT_MS, quiet: true }));
	fs.mkdirSync(packDir, { recursive: true });
	const packed = await run('npm', ['pack', '--json', '--pack-destination', packDir], {
		cwd: ROOT,
		timeoutMs: BUILD_LIMIT_MS,
		quiet: true,
	});
	check('npm pack', packed);
	const info = JSON.parse(packed.output.slice(packed.output.indexOf('[')));
	const tarball = path.join(packDir, info[0].filename);
	console.log(`[pack] ${path.relative(process.cwd(), tarball)} (${info[0].entryCount} files)`);
	return tarball;
}

/** @param {string} file @param {(json: any) => any} change */
function editJson(file, change) {
	const json = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
	fs.writeFileSync(file, JSON.stringify(change(json), null, 2));
}

/**
 * @param {string} tarball
 * @param {string} userFolder N8N_USER_FOLDER (n8n keeps its data in <userFolder>/.n8n)
 * @returns {Promise<string>} the installed package's folder
 */
async function installIntoUserFolder(tarball, userFolder) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const { name, version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	const packageDir = path.join(nodesDir, 'node_modules', name);
	fs.rmSync(packageDir, { recursive: true, force: true });
	fs.mkdirSync(packageDir, { recursive: true });
	check(
		'Unpacking the tarball',
		await run('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1'], { timeoutMs: 60000, quiet: true }),
	);
	editJson(
		path.join(packageDir, 'package.json'),
		({ devDependencies, peerDependencies, optionalDependencies, ...rest }) => rest,
	);
	const args = [
		'install',
		'--audit=false',
		'--fund=false',
		'--bin-links=false',
		'--install-strategy=shallow',
		'--ignore-scripts=true',
		'--package-lock=false',
	];
	check(
		`npm install in ${packageDir}`,
		await run('npm', args, { cwd: packageDir, timeoutMs: BUILD_LIMIT_MS, quiet: true }),
	);
	editJson(path.join(nodesDir, 'package.json'), (json) => ({
		name: 'installed-nodes',
		private: true,
		...json,
		dependencies: { ...(json.dependencies || {}), [name]: version },
	}));
	console.log(`[pack] Installed ${name}@${version} into ${path.relative(process.cwd(), nodesDir)}/node_modules`);
	return packageDir;
}

module.exports = { buildAndPack, installIntoUserFolder };
