// @ts-check
'use strict';
// `npm run verify`: the two lint legs of n8n's community-package scan (@n8n/scan-community-package),
// run here with the scanner's own exported analysis. After downloading a package the scanner lints
// (1) the source at the commit its npm provenance attests and (2) the published tarball's compiled
// `.js` and package.json. Here the source is this working tree and the tarball is `npm pack` of the
// built dist/, unpacked: nothing is downloaded. The scanner fails on errors only; this fails on any
// finding, warnings too.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { packUnpacked } = require('./lib/packed-copy');

const ROOT = path.resolve(__dirname, '..');
// The tarball leg's patterns (scanner.mjs, analyzePackageByName); the source leg's are exported.
const TARBALL_PATTERNS = ['**/*.js', 'package.json'];
const IGNORE = ['node_modules/**', '**/package-lock.json']; // as analyzePackage globs

/** @param {string} specifier */
const load = (specifier) => import(pathToFileURL(require.resolve(specifier, { paths: [ROOT] })).href);

/** Files per top folder, e.g. `package.json, nodes/ 92, credentials/ 1`. @param {string[]} files */
function summary(files) {
	/** @type {Map<string, number>} */
	const counts = new Map();
	for (const file of files) {
		const top = file.includes('/') ? `${file.split('/')[0]}/` : file;
		counts.set(top, (counts.get(top) ?? 0) + 1);
	}
	return [...counts].map(([top, n]) => (top.endsWith('/') ? `${top} ${n}` : top)).join(', ');
}

/**
 * One leg: the scanner's verdict from its `analyzePackage`, plus a pass with the same ESLint set-up
 * (its exported `buildScanConfig`) that also reports warnings and names the files it read.
 * @param {any} scanner @param {string} label @param {string} dir @param {string[]} patterns @param {string[]} mustHave
 */
async function runLeg(scanner, label, dir, patterns, mustHave) {
	const where = path.relative(ROOT, dir).startsWith('..') ? `${path.basename(dir)}/` : path.relative(ROOT, dir) || '.';
	const { ESLint } = /** @type {typeof import('eslint')} */ (await load('eslint'));
	const glob = /** @type {typeof import('fast-glob')} */ ((await load('fast-glob')).default);
	const files = glob.sync(patterns, { cwd: dir, ignore: IGNORE }).sort();
	const missing = mustHave.filter((file) => !files.includes(file));
	console.log(`[verify] ${label}: ${patterns.join(' ')} in ${where} → ${files.length} files (${summary(files)})`);
	if (missing.length) throw new Error(`${label}: the scan would not read ${missing.join(', ')}`);

	const verdict = await scanner.analyzePackage(dir, patterns);
	const eslint = new ESLint({
		cwd: dir,
		allowInlineConfig: false,
		overrideConfigFile: true,
		overrideConfig: await scanner.buildScanConfig(),
	});
	const results = await eslint.lintFiles(files.map((file) => path.join(dir, file)));
	const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
	const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
	console.log(
		`[verify] ${label}: scanner ${verdict.passed ? 'passed' : `FAILED (${verdict.message})`}; ${errors} errors, ${warnings} warnings`,
	);
	if (verdict.details) console.log(verdict.details);
	else if (errors + warnings) console.log(await (await eslint.loadFormatter('stylish')).format(results));
	return verdict.passed && errors + warnings === 0;
}

async function main() {
	const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	const shipped = [...pkg.n8n.nodes, ...pkg.n8n.credentials];
	if (!shipped.every((file) => fs.existsSync(path.join(ROOT, file))))
		throw new Error('dist/ is not built: run `npm run build` first');
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pachca-verify-'));
	// The scanner makes a temp folder when loaded; keep it inside ours so it goes with it.
	process.env.TMPDIR = work;
	try {
		const scanner = await load('@n8n/scan-community-package/scanner/scanner.mjs');
		const sources = shipped.map((file) => file.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
		const source = await runLeg(scanner, 'source', ROOT, scanner.SOURCE_FILE_PATTERNS, ['package.json', ...sources]);
		const { target, name, version } = packUnpacked(ROOT, work, (n, v) => `${n}-${v}`);
		console.log(`[verify] packed ${name}@${version}`);
		const tarball = await runLeg(scanner, 'tarball', target, TARBALL_PATTERNS, ['package.json', ...shipped]);
		if (!(source && tarball)) throw new Error('findings above: fix them before publishing');
		console.log('[verify] both legs clean');
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error(`[verify] ${error.message}`);
	process.exitCode = 1;
});
