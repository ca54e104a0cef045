// @ts-check
'use strict';
// `npm run test:ui`: what a new user sees and clicks in the n8n editor, in a real browser.
// Real n8n 2.41 (the install test:e2e uses) with the packed package, the Pachca sandbox, and
// Debian's headless Chromium driven by puppeteer-core. Every step saves a screenshot into
// test/ui/screenshots/ (git-ignored); a failed step, a missing field or a console error fails
// the run. Everything is stopped at the end, even on failure.

const fs = require('node:fs');
const path = require('node:path');
const { Steps } = require('../e2e/runner');
const { duration } = require('../../scripts/lib/run');
const { Browser } = require('./browser');
const { editorFlow } = require('./flow');
const { sendWaitFlow } = require('./send-wait-flow');
const { UiStack, OWNER } = require('./stack');

const SHOTS = path.join(__dirname, 'screenshots');
/** The whole run, setup included, may take at most this long. */
const RUN_LIMIT_MS = 15 * 60 * 1000;

async function main() {
	const started = Date.now();
	const steps = new Steps();
	const stack = new UiStack();
	fs.rmSync(SHOTS, { recursive: true, force: true });
	const browser = new Browser(SHOTS);
	console.log(
		`Editor test: real n8n + the packed package + the Pachca sandbox in headless Chromium ` +
			`(screenshots in ${path.relative(process.cwd(), SHOTS)})`,
	);
	const limit = setTimeout(() => {
		console.error(`test:ui: over ${duration(RUN_LIMIT_MS)}, stopping.`);
		void Promise.allSettled([browser.close(), stack.stop(true)]).then(() => process.exit(1));
	}, RUN_LIMIT_MS);
	try {
		await steps.step('start n8n with the packed package and the Pachca sandbox', async () => await stack.start(), {
			required: true,
		});
		await steps.step('start headless Chromium', async () => await browser.open(), { required: true });
		if (!steps.stopped && stack.sandbox) {
			await editorFlow(steps, browser, {
				url: stack.url,
				sandbox: stack.sandbox.url,
				baseUrl: stack.sandbox.credentials.baseUrl,
				botToken: stack.sandbox.credentials.botToken,
				owner: OWNER,
			});
			await sendWaitFlow(steps, browser, stack.url);
			await steps.step('no console errors in the editor', async () => {
				if (browser.errors.length > 0) throw new Error(browser.errors.join('\n'));
			});
		}
	} finally {
		clearTimeout(limit);
		await browser.close();
		if (steps.failed && stack.server)
			console.log(`\nLast n8n output (full log ${stack.server.logFile}):\n${stack.server.tail}`);
		await stack.stop(steps.failed > 0);
	}
	console.log(`\nEditor test took ${duration(Date.now() - started)}; ${browser.shots} screenshots.`);
	return steps.summary();
}

main().then(
	(ok) => process.exit(ok ? 0 : 1),
	(error) => {
		console.error(`test:ui: ${error.stack || error}`);
		process.exit(1);
	},
);
