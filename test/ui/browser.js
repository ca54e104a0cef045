// @ts-check
'use strict';
// Debian's headless Chromium driven by puppeteer-core (no browser download): a fresh profile,
// no calls out, console errors and failed page loads collected, a screenshot per step.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const puppeteer = require('puppeteer-core');

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
const LOOPBACK = /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//;
const FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];

function chromiumPath() {
	const found = CANDIDATES.find((file) => file && fs.existsSync(file));
	if (!found)
		throw new Error("Chromium not found. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.");
	return found;
}

class Browser {
	/** @param {string} shotsDir */
	constructor(shotsDir) {
		this.shotsDir = shotsDir;
		this.profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pachca-ui-chromium-'));
		/** @type {string[]} */
		this.errors = [];
		this.shots = 0;
		/** @type {import('puppeteer-core').Browser | null} */
		this.browser = null;
	}

	async open() {
		fs.mkdirSync(this.shotsDir, { recursive: true });
		this.browser = await puppeteer.launch({
			executablePath: chromiumPath(),
			headless: true,
			args: [...FLAGS, `--user-data-dir=${this.profile}`],
			defaultViewport: { width: 1440, height: 900 },
			protocolTimeout: 60000,
			timeout: 60000,
		});
		const page = await this.browser.newPage();
		page.setDefaultTimeout(45000);
		page.setDefaultNavigationTimeout(60000);
		// Loopback only: the editor's calls to n8n's servers, fonts and telemetry never leave the machine.
		await page.setRequestInterception(true);
		page.on('request', (request) => {
			if (LOOPBACK.test(request.url()) || /^(data|blob):/.test(request.url())) void request.continue();
			else void request.abort('blockedbyclient');
		});
		page.on('console', (message) => {
			if (message.type() !== 'error') return;
			const where = message.location().url ?? '';
			// n8n's editor asks its own servers for news and icons; this machine reaches none of them.
			if (where !== '' && !LOOPBACK.test(where)) return;
			// The editor looks for an output schema of every community node and gets n8n's own 404.
			if (/\/schemas\/[^/]+\/[\d.]+\.json$/.test(where)) return;
			this.errors.push(`console: ${message.text()}${where ? ` (${where})` : ''}`);
		});
		page.on('pageerror', (error) =>
			this.errors.push(`page: ${error instanceof Error ? error.message : String(error)}`),
		);
		this.page = page;
		return page;
	}

	/** Saves `<nn>-<name>.png` and returns its path. @param {string} name */
	async shot(name) {
		this.shots++;
		const file = path.join(this.shotsDir, `${String(this.shots).padStart(2, '0')}-${name}.png`);
		await /** @type {import('puppeteer-core').Page} */ (this.page).screenshot({ path: file });
		return file;
	}

	async close() {
		await this.browser?.close().catch(() => {});
		fs.rmSync(this.profile, { recursive: true, force: true });
	}
}

module.exports = { Browser };
