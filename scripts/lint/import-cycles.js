// @ts-check
'use strict';
// `npm run lint` step: fails when the package's TypeScript files import each other in a cycle.
// Type-only imports count too: a reader follows them just the same. Prints every cycle found.
//
//   node scripts/lint/import-cycles.js [folder ...]   # default: nodes credentials

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** @param {string} dir @returns {string[]} */
function tsFiles(dir) {
	if (!fs.existsSync(dir)) return [];
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return tsFiles(full);
		return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
	});
}

/** @param {string} from @param {string} spec */
function resolve(from, spec) {
	const base = path.resolve(path.dirname(from), spec);
	return [`${base}.ts`, path.join(base, 'index.ts')].find((file) => fs.existsSync(file));
}

/** @param {string[]} files @returns {Map<string, string[]>} */
function importGraph(files) {
	const graph = new Map();
	for (const file of files) {
		const text = fs.readFileSync(file, 'utf8');
		const targets = [...text.matchAll(IMPORT)].map((m) => resolve(file, m[1])).filter((t) => t !== undefined);
		graph.set(file, [...new Set(targets)]);
	}
	return graph;
}

/** Strongly connected components of more than one file, or a file importing itself (Tarjan). @param {Map<string, string[]>} graph */
function cycles(graph) {
	let counter = 0;
	/** @type {Map<string, number>} */ const index = new Map();
	/** @type {Map<string, number>} */ const low = new Map();
	/** @type {string[]} */ const stack = [];
	const onStack = new Set();
	/** @type {string[][]} */ const found = [];
	/** @param {string} node */
	const visit = (node) => {
		index.set(node, counter);
		low.set(node, counter++);
		stack.push(node);
		onStack.add(node);
		for (const next of graph.get(node) ?? []) {
			if (!index.has(next)) {
				visit(next);
				low.set(node, Math.min(/** @type {number} */ (low.get(node)), /** @type {number} */ (low.get(next))));
			} else if (onStack.has(next)) {
				low.set(node, Math.min(/** @type {number} */ (low.get(node)), /** @type {number} */ (index.get(next))));
			}
		}
		if (low.get(node) !== index.get(node)) return;
		/** @type {string[]} */ const component = [];
		let member;
		do {
			member = /** @type {string} */ (stack.pop());
			onStack.delete(member);
			component.push(member);
		} while (member !== node);
		if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.reverse());
	};
	for (const node of graph.keys()) if (!index.has(node)) visit(node);
	return found;
}

const folders = process.argv.slice(2).length ? process.argv.slice(2) : ['nodes', 'credentials'];
const files = folders.flatMap((folder) => tsFiles(path.join(ROOT, folder)));
const found = cycles(importGraph(files));
for (const component of found) {
	console.error(`Import cycle: ${component.map((file) => path.relative(ROOT, file)).join(' → ')}`);
}
console.log(`import-cycles: ${files.length} files, ${found.length} cycle(s)`);
process.exit(found.length ? 1 : 0);
