// @ts-check
// The example workflows (examples/*.json), parsed: plain JavaScript, as it reads files (n8n's
// strict lint forbids Node built-ins in .ts).
const fs = require('node:fs');
const path = require('node:path');

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');

/** @returns {Array<{ file: string, workflow: { nodes: import('n8n-workflow').INode[] } }>} */
function exampleWorkflows() {
	return fs
		.readdirSync(EXAMPLES)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => ({ file, workflow: JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8')) }));
}

module.exports = { exampleWorkflows };
