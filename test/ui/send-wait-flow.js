// @ts-check
'use strict';
// The Send and Wait for Response panel as a user meets it: added from the node panel by its
// action, the fields in order, then Custom Form's elements and the Options it offers.

const { clickText, clickWhenReady, pickFromCreator, expectFields, closePanel, chooseOption } = require('./editor');

/**
 * @param {import('../e2e/runner').Steps} steps
 * @param {import('./browser').Browser} browser
 * @param {string} editorUrl the editor flow ends on the sandbox page: start from a new workflow
 */
async function sendWaitFlow(steps, browser, editorUrl) {
	const page = /** @type {import('puppeteer-core').Page} */ (browser.page);
	await steps.step('add Pachca → Send message and wait for response: its panel, then Custom Form', async () => {
		try {
			await page.goto(`${editorUrl}/workflow/new`, { waitUntil: 'domcontentloaded' });
			// A new workflow offers triggers first: start it manually, then add the action after it.
			await clickWhenReady(page, '[data-test-id=canvas-add-button]');
			await pickFromCreator(page, 'manual', /Trigger manually|Manual Trigger/);
			await page.waitForSelector('[data-test-id=canvas-node]');
			await new Promise((resolve) => setTimeout(resolve, 1000));
			await clickWhenReady(page, '[data-test-id=node-creator-plus-button]');
			await pickFromCreator(page, 'Pachca', /^Pachca\s/);
			await clickText(page, '[data-test-id=item-iterator-item]', /Send message and wait for response/);
			await page.waitForSelector('[data-test-id=ndv]', { visible: true });
			await expectFields(page, [
				'Credential',
				'Resource',
				'Operation',
				'Send To',
				'Chat',
				'Message',
				'Response Type',
				'Approval Options',
				'Options',
				'Token and Rate Limits',
			]);
			await browser.shot('send-and-wait-panel');
			await chooseOption(page, 'responseType', /^Custom Form/);
			await expectFields(page, ['Message', 'Response Type', 'Form Elements', 'Options']);
			await browser.shot('send-and-wait-custom-form');
			await chooseOption(page, 'responseType', /^Free Text/);
			await chooseOption(page, 'answerIn', /^Pachca/);
			await expectFields(page, ['Message', 'Response Type', 'Answer In', 'Options']);
			const notice = await page.$eval('[data-test-id=ndv]', (ndv) => ndv.textContent ?? '');
			if (!/opens a Pachca form/.test(notice)) throw new Error("Answer In: Pachca's notice for Free Text is missing");
			await browser.shot('send-and-wait-free-text-in-pachca');
			await closePanel(page);
		} catch (error) {
			await browser.shot('failed-send-and-wait-panel').catch(() => {});
			throw error;
		}
	});
}

module.exports = { sendWaitFlow };
