// @ts-check
// The repository's README and package.json, for tests of links that point into the README.
const fs = require('node:fs');
const path = require('node:path');

const { ROOT } = require('../harness/package-loader');

/** @returns {any} */
const packageJson = () => JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** The anchors GitHub gives the README's headings: lower case, punctuation dropped, spaces to hyphens. */
function readmeAnchors() {
	return fs
		.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
		.split('\n')
		.filter((line) => /^#{1,6} /.test(line))
		.map((line) =>
			line
				.replace(/^#+ /, '')
				.trim()
				.toLowerCase()
				.replace(/[^\p{L}\p{N}\s_-]/gu, '')
				.replace(/\s/g, '-'),
		);
}

module.exports = { packageJson, readmeAnchors };
