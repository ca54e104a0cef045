// @ts-check
'use strict';
// Small helpers over n8n 2.41's editor DOM (its data-test-id attributes): log in, the node
// creator, the node panel (NDV), parameters, toasts. Every wait is bounded.

const { waitFor } = require('../e2e/runner');

/** @typedef {import('puppeteer-core').Page} Page */

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @param {Page} page @param {string} url @param {{ email: string, password: string }} owner */
async function logIn(page, url, owner) {
	await page.goto(`${url}/signin`, { waitUntil: 'domcontentloaded' });
	await page.waitForSelector('input[type=email]', { visible: true });
	await page.type('input[type=email]', owner.email);
	await page.type('input[type=password]', owner.password);
	await page.keyboard.press('Enter');
	await page.waitForSelector('[data-test-id=main-sidebar-settings], [data-test-id=project-home-menu-item]', {
		timeout: 30000,
	});
}

/**
 * Clicks the first element matching `selector` whose text matches `text`.
 * @param {Page} page
 * @param {string} selector
 * @param {RegExp} text
 */
async function clickText(page, selector, text, timeoutMs = 15000) {
	await waitFor(
		`"${text.source}" in ${selector}`,
		async () => {
			for (const element of await page.$$(selector)) {
				const inner = await element.evaluate((node) => /** @type {any} */ (node).innerText ?? '');
				const visible = await element.evaluate((node) => /** @type {any} */ (node).offsetParent !== null);
				// A list that is still sliding in or re-rendering refuses the click: look again.
				if (visible && text.test(inner)) return await clicked(() => element.click());
			}
			return false;
		},
		{ timeoutMs, everyMs: 250 },
	);
}

/**
 * Clicks `selector` once the editor lets it: n8n's panels slide in, and puppeteer refuses to click
 * an element that has no clickable point yet ("not clickable"). Bounded like every wait here.
 * @param {Page} page @param {string} selector @param {{ clickCount?: number }} [options]
 */
async function clickWhenReady(page, selector, options = {}, timeoutMs = 15000) {
	await page.waitForSelector(selector, { visible: true, timeout: timeoutMs });
	await waitFor(`a clickable ${selector}`, async () => await clicked(() => page.click(selector, options)), {
		timeoutMs,
		everyMs: 250,
	});
}

/**
 * Whether `click` went through; a refused click (moving or detached element) is retried by the caller.
 * @param {() => Promise<void>} click
 */
async function clicked(click) {
	try {
		await click();
		return true;
	} catch {
		return false;
	}
}

/** Types into the node creator's search and picks the item named `name`. @param {Page} page @param {string} search @param {RegExp} name */
async function pickFromCreator(page, search, name) {
	const bar = '[data-test-id=node-creator-search-bar]';
	await clickWhenReady(page, bar, { clickCount: 3 });
	await page.keyboard.type(search);
	await sleep(500);
	await clickText(page, '[data-test-id=item-iterator-item]', name);
}

/** The labels of the parameters the open node panel shows. @param {Page} page @returns {Promise<string[]>} */
async function panelLabels(page) {
	return await page.$$eval(
		'[data-test-id=ndv] [data-test-id=parameter-item] label, [data-test-id=ndv] ' +
			'.parameter-item label, [data-test-id=ndv] [data-test-id=input-label]',
		(nodes) => [
			...new Set(nodes.map((node) => /** @type {any} */ (node).innerText.trim()).filter((text) => text !== '')),
		],
	);
}

/** Fails unless every label in `expected` is in the open panel, in that order. @param {Page} page @param {string[]} expected */
async function expectFields(page, expected) {
	const labels = await waitFor(
		`fields ${expected.join(', ')}`,
		async () => {
			const found = await panelLabels(page);
			return expected.every((label) => found.some((text) => text.startsWith(label))) ? found : null;
		},
		{ timeoutMs: 15000 },
	).catch(async () => {
		throw new Error(
			`The node panel lacks some of ${expected.join(', ')}; it shows: ${(await panelLabels(page)).join(', ')}`,
		);
	});
	const positions = expected.map((label) => labels.findIndex((text) => text.startsWith(label)));
	if (positions.some((position, index) => index > 0 && position < positions[index - 1])) {
		throw new Error(`The node panel shows ${expected.join(', ')} out of order: ${labels.join(', ')}`);
	}
	return labels;
}

/** What the open panel's credential row says: its label, the chosen credential or the empty state's offer. @param {Page} page */
async function credentialShown(page) {
	const row =
		'[data-test-id=ndv] [data-test-id=credentials-label], [data-test-id=ndv] [data-test-id=node-credentials-select], ' +
		'[data-test-id=ndv] [data-test-id=node-credentials-empty-state]';
	return await page.$$eval(row, (nodes) =>
		nodes
			.map((node) => {
				const input = /** @type {any} */ (node).querySelector('input');
				return [/** @type {any} */ (node).innerText, input?.value, input?.placeholder].filter(Boolean).join(' ');
			})
			.join(' | ')
			.trim(),
	);
}

/** Texts of the toasts on screen. @param {Page} page @returns {Promise<string[]>} */
async function toasts(page) {
	return await page.$$eval('.el-notification', (nodes) =>
		nodes.map((node) => /** @type {any} */ (node).innerText.trim()),
	);
}

/** Picks `option` in the open panel's dropdown parameter `name`. @param {Page} page @param {string} name @param {RegExp} option */
async function chooseOption(page, name, option) {
	// n8n redraws a select when an earlier choice changes its options (Operation after Resource), and
	// a click in that moment opens nothing or a stale list: click again (a click also closes a list).
	for (let attempt = 1; ; attempt++) {
		await clickWhenReady(page, `[data-test-id=ndv] [data-test-id=parameter-input-${name}]`);
		try {
			await clickText(page, '.el-select-dropdown__item, [role=option]', option, 5000);
			break;
		} catch (error) {
			if (attempt === 4) throw error;
		}
	}
	await sleep(300);
}

/** Opens the canvas node whose label matches `name` (a double click, as a user does). @param {Page} page @param {RegExp} name */
async function openNode(page, name) {
	const node = await waitFor(
		`the node ${name.source} on the canvas`,
		async () => {
			for (const element of await page.$$('[data-test-id=canvas-node]')) {
				if (name.test(await element.evaluate((el) => /** @type {any} */ (el).innerText ?? ''))) return element;
			}
			return null;
		},
		{ timeoutMs: 15000 },
	);
	await node.click({ count: 2 });
	await page.waitForSelector('[data-test-id=ndv]', { visible: true });
}

/**
 * Opens the `index`-th "Add …" list of the panel's collections (Filters, Options, Additional
 * Fields …) and returns the options it offers; picks `option` when given.
 * @param {Page} page @param {number} index @param {RegExp} [option]
 * @returns {Promise<string[]>}
 */
async function openCollectionAdd(page, index, option) {
	const selector = '[data-test-id=ndv] [data-test-id=collection-parameter-add]';
	await page.waitForSelector(selector, { visible: true });
	const adds = await page.$$(selector);
	if (!adds[index]) throw new Error(`The panel has ${adds.length} collections; wanted number ${index + 1}`);
	await adds[index].click();
	const items = '.el-select-dropdown__item, [role=option], [data-test-id=collection-parameter-option]';
	const offered = await waitFor(
		'the collection options',
		async () => {
			const texts = await page.$$eval(items, (nodes) =>
				nodes
					.filter((node) => /** @type {any} */ (node).offsetParent !== null)
					.map((node) => /** @type {any} */ (node).innerText.trim()),
			);
			return texts.length > 0 ? texts : null;
		},
		{ timeoutMs: 10000 },
	);
	if (option) await clickText(page, items, option, 5000);
	return offered;
}

/** Closes the node panel. @param {Page} page */
async function closePanel(page) {
	await clickWhenReady(page, '[data-test-id=ndv-close-button]');
	await page.waitForSelector('[data-test-id=ndv]', { hidden: true, timeout: 10000 });
}

module.exports = {
	credentialShown,
	logIn,
	clickText,
	clickWhenReady,
	pickFromCreator,
	panelLabels,
	expectFields,
	toasts,
	closePanel,
	chooseOption,
	openNode,
	openCollectionAdd,
	sleep,
};
