// @ts-check
'use strict';
// Installs n8n (pinned in versions.js) into .cache/n8n, once: `npm install` from the committed lockfile
// in runtime/ (the legacy pin: .cache/n8n-1.123 from runtime-1.123/, on Node 22), without install scripts (they would download prebuilt binaries from outside the npm
// registry), then builds the one native module n8n needs at start, sqlite3, from source against
// Node 24's headers. Prints progress and how long each step took; says plainly what failed.
//
//   node scripts/n8n/install.js          # install (or confirm) and print the timing
//   node scripts/n8n/install.js legacy   # the same for the legacy pin (n8n 1.123)

const fs = require('node:fs');
const path = require('node:path');
const { run, duration } = require('../lib/run');
const { ensureNode24, readText } = require('./node24');
const { CACHE_DIR, PINS } = require('./versions');
const { nodeGypScript } = require('./node-gyp');

const NPM_INSTALL_LIMIT_MS = 40 * 60 * 1000;
const SQLITE_BUILD_LIMIT_MS = 15 * 60 * 1000;
const HEARTBEAT_MS = 20 * 1000;

/** @typedef {import('./node24').NodeRuntime} NodeRuntime */
/** @typedef {import('./versions').N8nPin} N8nPin */
/**
 * @typedef {{ dir: string, bin: string, runtime: NodeRuntime, version: string, installedNow: boolean,
 *   timings: Record<string, number> }} N8nInstall
 */

/** What the cached install was made from; a change re-installs. @param {N8nPin} pin */
function fingerprint(pin) {
	const lock = fs.readFileSync(path.join(pin.manifestDir, 'package-lock.json'));
	const hash = require('node:crypto').createHash('sha256').update(lock).digest('hex').slice(0, 16);
	return `n8n ${pin.n8n} node ${pin.node} lock ${hash}`;
}

/** @param {NodeRuntime} runtime */
function envFor(runtime) {
	// npm's own script starts with `#!/usr/bin/env node`: Node 24 first on PATH runs npm under it too.
	return { ...process.env, PATH: `${runtime.binDir}${path.delimiter}${process.env.PATH}` };
}

/** Prints a line every HEARTBEAT_MS while `work` runs. @param {string} what @param {() => string} detail @param {Promise<any>} work */
async function withHeartbeat(what, detail, work) {
	const started = Date.now();
	const timer = setInterval(
		() => console.log(`[setup] … ${what}: ${duration(Date.now() - started)} so far${detail()}`),
		HEARTBEAT_MS,
	);
	try {
		return await work;
	} finally {
		clearInterval(timer);
	}
}

/** Top-level packages unpacked so far (npm creates the folders first and fills them later). @param {string} dir */
function packagesSoFar(dir) {
	const root = path.join(dir, 'node_modules');
	const unpacked = (/** @type {string} */ folder) => fs.existsSync(path.join(folder, 'package.json'));
	try {
		let count = 0;
		for (const name of fs.readdirSync(root)) {
			const folder = path.join(root, name);
			if (!name.startsWith('@')) count += unpacked(folder) ? 1 : 0;
			else for (const inner of fs.readdirSync(folder)) count += unpacked(path.join(folder, inner)) ? 1 : 0;
		}
		return `, ${count} top-level packages unpacked`;
	} catch {
		return '';
	}
}

/** @param {string} dir @param {NodeRuntime} runtime @param {N8nPin} pin */
async function npmInstall(dir, runtime, pin) {
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	for (const file of ['package.json', 'package-lock.json'])
		fs.copyFileSync(path.join(pin.manifestDir, file), path.join(dir, file));
	console.log(
		`[setup] Installing n8n ${pin.n8n} into ${path.relative(process.cwd(), dir)} (about ` +
			`${pin.packages.toLocaleString('en')} packages; several minutes on a fresh machine) …`,
	);
	// `npm install` from the lockfile rather than `npm ci`: the lock lists optional platform packages
	// (msgpackr-extract for macOS/Windows) at versions the registry lacks, which only `ci` refuses.
	const args = ['install', '--ignore-scripts', '--no-save', '--no-audit', '--no-fund', '--loglevel=error'];
	const work = run('npm', args, {
		cwd: dir,
		env: envFor(runtime),
		timeoutMs: NPM_INSTALL_LIMIT_MS,
		prefix: '[setup]   npm: ',
		show: (line) => line.trim() !== '',
	});
	const result = await withHeartbeat('installing n8n', () => packagesSoFar(dir), work);
	if (result.code !== 0) {
		const why = result.timedOut
			? `timed out after ${duration(NPM_INSTALL_LIMIT_MS)}`
			: `npm install exited with ${result.code}`;
		throw new Error(
			`Installing n8n ${pin.n8n} failed (${why}). Is the npm registry reachable? Last output:\n${result.tail}`,
		);
	}
}

/** @param {string} dir @param {NodeRuntime} runtime */
async function buildSqlite(dir, runtime) {
	const moduleDir = path.join(dir, 'node_modules', 'sqlite3');
	const major = runtime.version.split('.')[0];
	console.log(
		`[setup] Building sqlite3 (n8n's database driver) from source for Node ${major} (node-gyp; needs python3, make, g++) …`,
	);
	const gyp = nodeGypScript(dir);
	const args = [gyp, 'rebuild', `--nodedir=${runtime.headersDir}`, '--jobs=max'];
	// Under `npm run`, npm passes its own nodedir setting on as npm_config_nodedir: point it at this Node too.
	const env = { ...envFor(runtime), npm_config_nodedir: runtime.headersDir };
	const work = run(runtime.node, args, { cwd: moduleDir, env, timeoutMs: SQLITE_BUILD_LIMIT_MS, quiet: true });
	const result = await withHeartbeat('building sqlite3', () => '', work);
	if (result.code !== 0) {
		const why = result.timedOut
			? `timed out after ${duration(SQLITE_BUILD_LIMIT_MS)}`
			: `node-gyp exited with ${result.code}`;
		throw new Error(
			`Building sqlite3 for n8n failed (${why}). It needs python3, make and a C++ compiler ` +
				`(Debian: apt-get install python3 make g++). Last output:\n${result.tail}`,
		);
	}
	const check = await run(runtime.node, ['-e', "require('sqlite3')"], { cwd: dir, timeoutMs: 60000, quiet: true });
	if (check.code !== 0)
		throw new Error(`sqlite3 was built but does not load under Node ${runtime.version}:\n${check.tail}`);
}

/**
 * Makes sure the pin's Node and n8n are installed in the cache; installs what is missing.
 * @param {{ cacheDir?: string, pin?: N8nPin }} [options] pin: default the current n8n (2.41)
 * @returns {Promise<N8nInstall>}
 */
async function ensureN8n(options = {}) {
	const cacheDir = options.cacheDir ?? CACHE_DIR;
	const pin = options.pin ?? PINS.current;
	const dir = path.join(cacheDir, pin.n8nDir);
	const bin = path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n');
	/** @type {Record<string, number>} */
	const timings = {};
	let started = Date.now();
	const runtime = await ensureNode24(cacheDir, pin);
	timings.node = Date.now() - started;
	const marker = path.join(dir, '.installed');
	if (fs.existsSync(bin) && readText(marker) === fingerprint(pin)) {
		console.log(`[setup] n8n ${pin.n8n} is installed (${path.relative(process.cwd(), dir)}); Node ${pin.node}.`);
		return { dir, bin, runtime, version: pin.n8n, installedNow: false, timings };
	}
	started = Date.now();
	await npmInstall(dir, runtime, pin);
	timings.npmInstall = Date.now() - started;
	started = Date.now();
	await buildSqlite(dir, runtime);
	timings.sqlite3 = Date.now() - started;
	fs.writeFileSync(marker, fingerprint(pin));
	const total = timings.node + timings.npmInstall + timings.sqlite3;
	console.log(
		`[setup] n8n ${pin.n8n} installed in ${duration(total)} (Node: ` +
			`${duration(timings.node)}, npm install: ${duration(timings.npmInstall)}, sqlite3 build: ` +
			`${duration(timings.sqlite3)}).`,
	);
	return { dir, bin, runtime, version: pin.n8n, installedNow: true, timings };
}

module.exports = { ensureN8n };

if (require.main === module) {
	const name = process.argv[2] ?? 'current';
	const pin = PINS[/** @type {keyof typeof PINS} */ (name)];
	if (!pin) {
		console.error(`[setup] Unknown pin "${name}"; use one of: ${Object.keys(PINS).join(', ')}.`);
		process.exit(2);
	}
	ensureN8n({ pin }).catch((error) => {
		console.error(`[setup] FAILED: ${error.message}`);
		process.exit(1);
	});
}
