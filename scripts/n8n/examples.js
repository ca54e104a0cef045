// @ts-check
'use strict';
// The Pachca API credential (the sandbox's, or real Pachca's from PACHCA_* variables) and the
// example workflows, imported with n8n's own CLI before the server starts (an import replaces a
// workflow with the same id and leaves it inactive). The examples refer to
// the credential by EXAMPLE_CREDENTIAL_ID, so they work as imported.

const fs = require('node:fs');
const path = require('node:path');
const { n8nCli } = require('./process');
const { ROOT } = require('./versions');

const EXAMPLES_DIR = path.join(ROOT, 'examples');
const EXAMPLE_CREDENTIAL_ID = 'pachcaApiExample';
const REAL_PACHCA = 'https://api.pachca.com/api/shared/v1';

/** @typedef {{ baseUrl: string, botToken: string, adminToken: string, ownerToken: string, signingSecret: string }} PachcaCredentialData */

/** Real Pachca when any PACHCA_* token is set. @returns {PachcaCredentialData | null} */
function credentialFromEnv() {
	const e = process.env;
	if (!e.PACHCA_BOT_TOKEN && !e.PACHCA_ADMIN_TOKEN && !e.PACHCA_OWNER_TOKEN) return null;
	return {
		baseUrl: e.PACHCA_BASE_URL || REAL_PACHCA,
		botToken: e.PACHCA_BOT_TOKEN || '',
		adminToken: e.PACHCA_ADMIN_TOKEN || '',
		ownerToken: e.PACHCA_OWNER_TOKEN || '',
		signingSecret: e.PACHCA_SIGNING_SECRET || '',
	};
}

/** The example workflow files, sorted by name. */
function exampleFiles() {
	return fs
		.readdirSync(EXAMPLES_DIR)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => path.join(EXAMPLES_DIR, f));
}

/**
 * Imports the Pachca API credential (id EXAMPLE_CREDENTIAL_ID) into the instance `env` points at.
 * @param {import('./install').N8nInstall} install
 * @param {NodeJS.ProcessEnv} env
 * @param {{ name: string, data: PachcaCredentialData, workDir: string }} credential
 */
async function importCredential(install, env, credential) {
	fs.mkdirSync(credential.workDir, { recursive: true });
	const credentialFile = path.join(credential.workDir, 'pachca-credential.json');
	const record = { id: EXAMPLE_CREDENTIAL_ID, name: credential.name, type: 'pachcaApi', data: credential.data };
	// The file holds tokens only for the import; it is removed right after.
	fs.writeFileSync(credentialFile, JSON.stringify([record], null, 2), { mode: 0o600 });
	try {
		await n8nCli(install, env, ['import:credentials', `--input=${credentialFile}`]);
	} finally {
		fs.rmSync(credentialFile, { force: true });
	}
}

/**
 * Imports the credential and every example workflow into the instance `env` points at.
 * @param {import('./install').N8nInstall} install
 * @param {NodeJS.ProcessEnv} env
 * @param {{ name: string, data: PachcaCredentialData, workDir: string }} credential
 * @param {{ workflows?: boolean }} [options] workflows: false imports the credential only
 * @returns {Promise<Array<{ id: string, name: string, file: string }>>}
 */
async function importExamples(install, env, credential, options = {}) {
	await importCredential(install, env, credential);
	if (options.workflows !== false)
		await n8nCli(install, env, ['import:workflow', '--separate', `--input=${EXAMPLES_DIR}`]);
	return exampleFiles().map((file) => {
		const json = JSON.parse(fs.readFileSync(file, 'utf8'));
		return { id: json.id, name: json.name, file: path.basename(file) };
	});
}

module.exports = {
	importCredential,
	importExamples,
	credentialFromEnv,
	exampleFiles,
	EXAMPLES_DIR,
	EXAMPLE_CREDENTIAL_ID,
};
