// @ts-check
'use strict';
// `npm pack` this package (dist/ must be built) and unpack the tarball into a folder, as npm does
// on install and n8n's package scanner does after a download: the folder then holds exactly what
// a user gets.

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

/**
 * @param {string} root the package's folder
 * @param {string} workDir where the tarball goes
 * @param {(name: string, version: string) => string} place the unpacked copy's folder, relative to workDir
 * @returns {{ target: string, name: string, version: string, files: string[] }} files: the tarball's list
 */
function packUnpacked(root, workDir, place) {
	const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', workDir], {
		cwd: root,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const [{ filename, files, name, version }] = JSON.parse(out);
	const target = path.join(workDir, place(name, version));
	fs.mkdirSync(target, { recursive: true });
	execFileSync('tar', ['-xzf', path.join(workDir, path.basename(filename)), '-C', target, '--strip-components=1']);
	return { target, name, version, files: files.map((/** @type {{ path: string }} */ f) => f.path) };
}

module.exports = { packUnpacked };
