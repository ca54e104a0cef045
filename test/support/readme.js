// @ts-check
// The repository's documents and package.json, for tests of links that point into them.
const fs = require('node:fs');
const path = require('node:path');

const { ROOT } = require('../harness/package-loader');

/** @returns {any} */
const packageJson = () => JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** The documents a user or contributor reads, relative to the repository root. */
const DOCUMENTS = ['README.md', 'CONTRIBUTING.md', 'bench/README.md'];

/** @param {string} file relative to the repository root */
const readDocument = (file) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** Whether a path relative to the repository root exists. @param {string} file */
const fileExists = (file) => fs.existsSync(path.join(ROOT, file));

/** Markdown outside fenced code blocks (a `#` line in a shell example is not a heading). @param {string} text */
const outsideCode = (text) => text.replace(/^ *```[^\n]*\n[\s\S]*?^ *```$/gm, '');

/**
 * The anchors GitHub gives a document's headings: lower case, punctuation dropped, spaces to hyphens.
 * @param {string} [file] relative to the repository root
 */
function anchorsOf(file = 'README.md') {
	return outsideCode(readDocument(file))
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

const readmeAnchors = () => anchorsOf('README.md');

/**
 * Every relative link of a document (`[text](other.md#anchor)`, `[text](#anchor)`), resolved
 * against the document's folder: `{ file, anchor }`, with file relative to the repository root.
 * @param {string} file
 */
function relativeLinks(file) {
	const links = [];
	for (const match of outsideCode(readDocument(file)).matchAll(/\]\(([^)\s]+)\)/g)) {
		const target = match[1];
		if (/^[a-z]+:/i.test(target)) continue;
		const [where, anchor] = target.split('#');
		const resolved = where === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), where));
		links.push({ target, file: resolved, anchor });
	}
	return links;
}

module.exports = { packageJson, readDocument, fileExists, readmeAnchors, anchorsOf, relativeLinks, DOCUMENTS };
