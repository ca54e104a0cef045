// @ts-check
// Pachca's OpenAPI spec, when the shared reference folder sits beside the repository
// (../shared/pachca-api/openapi.en.yaml). The project must pass without it, so a missing file
// gives `undefined` and the tests that need it are skipped, saying so.
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

const { ROOT } = require('../harness/package-loader');

const SPEC_PATH = path.resolve(ROOT, '..', 'shared', 'pachca-api', 'openapi.en.yaml');

/** @returns {any} the parsed spec, or undefined when the file is absent */
function loadSpec() {
	if (!fs.existsSync(SPEC_PATH)) return undefined;
	return YAML.parse(fs.readFileSync(SPEC_PATH, 'utf8'));
}

module.exports = { SPEC_PATH, loadSpec };
