// @ts-check
'use strict';
// What the browser test runs against: the packed package in real n8n 2.41 (the install test:e2e
// uses, cached in .cache/), the Pachca sandbox on 127.0.0.1, the sandbox credential imported with
// n8n's CLI and the owner account set up through n8n's REST API. stop() ends both, even half-started.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ensureN8n } = require('../../scripts/n8n/install');
const { buildAndPack, installIntoUserFolder } = require('../../scripts/n8n/pack');
const { n8nEnv } = require('../../scripts/n8n/env');
const { importCredential } = require('../../scripts/n8n/examples');
const { N8nServer } = require('../../scripts/n8n/process');
const { N8nRest } = require('../../scripts/n8n/rest');
const { CACHE_DIR } = require('../../scripts/n8n/versions');
const { PachcaSandbox } = require('../../scripts/sandbox/server');
const { freePort } = require('../e2e/ports');

const OWNER = { email: 'ui@example.com', firstName: 'Ui', lastName: 'Tester', password: 'PachcaUi-1' };
const CREDENTIAL_NAME = 'Pachca sandbox';

class UiStack {
	constructor() {
		this.work = fs.mkdtempSync(path.join(os.tmpdir(), 'pachca-ui-'));
		/** @type {PachcaSandbox | null} */
		this.sandbox = null;
		/** @type {N8nServer | null} */
		this.server = null;
		this.url = '';
	}

	async start() {
		const install = await ensureN8n();
		const userFolder = path.join(this.work, 'user');
		await installIntoUserFolder(await buildAndPack(path.join(CACHE_DIR, 'pack')), userFolder);
		this.sandbox = await new PachcaSandbox({ port: 0, log: () => {} }).start();
		const port = await freePort();
		const env = n8nEnv({
			runtime: install.runtime,
			userFolder,
			port,
			brokerPort: await freePort(),
			webhookUrl: `http://127.0.0.1:${port}/`,
		});
		await importCredential(install, env, { name: CREDENTIAL_NAME, data: this.sandbox.credentials, workDir: this.work });
		this.server = new N8nServer(install, env, { port, logFile: path.join(this.work, 'n8n.log') });
		await this.server.start();
		this.url = `http://localhost:${port}`;
		this.rest = new N8nRest(`http://127.0.0.1:${port}`);
		await this.rest.ensureOwner(OWNER);
		return this;
	}

	async stop(keepWork = false) {
		await this.server?.stop();
		await this.sandbox?.stop();
		if (!keepWork) fs.rmSync(this.work, { recursive: true, force: true });
	}
}

module.exports = { UiStack, OWNER, CREDENTIAL_NAME };
