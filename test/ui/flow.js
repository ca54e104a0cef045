// @ts-check
'use strict';
// What a new user does, step by step, each ending in a screenshot: log in, find Pachca in the node
// panel (its entry and Node details), add the Pachca Trigger (setup under Options) and test it
// against the sandbox, see a test refused while another workflow owns the bot, add Pachca →
// Message → Send, pick a chat From list (every chat marked with its kind), execute the step, open
// the button builder, switch the node to other resources (Incoming Webhook asks for its own
// credential), add the Pachca Polling Trigger, watch the sandbox page refresh itself.

const { request } = require('undici');
const { waitFor } = require('../e2e/runner');
const {
	logIn,
	clickText,
	clickWhenReady,
	pickFromCreator,
	expectFields,
	toasts,
	closePanel,
	chooseOption,
	credentialShown,
	openNode,
	openCollectionAdd,
	sleep,
} = require('./editor');
const { CREDENTIAL_NAME } = require('./stack');

/** @param {string} url @param {'GET'|'POST'} method @param {unknown} [body] */
async function sandboxCall(url, method, body) {
	const response = await request(url, {
		method,
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
		headersTimeout: 15000,
		bodyTimeout: 15000,
	});
	return JSON.parse(await response.body.text());
}

/**
 * @param {import('../e2e/runner').Steps} steps
 * @param {import('./browser').Browser} browser
 * @param {{ url: string, sandbox: string, baseUrl: string, botToken: string, owner: { email: string, password: string } }} target
 */
async function editorFlow(steps, browser, target) {
	const page = /** @type {import('puppeteer-core').Page} */ (browser.page);
	const botUrl = async () =>
		String((await sandboxCall(`${target.sandbox}/_sandbox`, 'GET')).bots[0].outgoing_url ?? '');
	/** Sets the Demo Bot's outgoing URL the way a bot does (PUT /bot/webhook with its token). @param {string} url */
	const setBotUrl = async (url) => {
		const response = await request(`${target.baseUrl}/bot/webhook`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json', authorization: `Bearer ${target.botToken}` },
			body: JSON.stringify({ webhook: { outgoing_url: url } }),
			headersTimeout: 15000,
			bodyTimeout: 15000,
		});
		await response.body.text();
		if (response.statusCode >= 300) throw new Error(`PUT /bot/webhook answered ${response.statusCode}`);
	};
	let lastTestUrl = '';
	const step = async (/** @type {string} */ name, /** @type {() => Promise<void>} */ fn, required = true) =>
		await steps.step(
			name,
			async () => {
				try {
					await fn();
				} catch (error) {
					await browser.shot(`failed-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`).catch(() => {});
					throw error;
				}
			},
			{ required },
		);

	await step('log in and open a new workflow', async () => {
		await logIn(page, target.url, target.owner);
		browser.errors.length = 0; // the sign-in page's own 401 before logging in is expected
		await page.goto(`${target.url}/workflow/new`, { waitUntil: 'domcontentloaded' });
		await page.waitForSelector('[data-test-id=canvas-add-button]');
		await browser.shot('new-workflow');
	});

	await step("the node panel's Pachca entry opens with the action node's description", async () => {
		await clickWhenReady(page, '[data-test-id=canvas-add-button]');
		await clickWhenReady(page, '[data-test-id=node-creator-search-bar]', { clickCount: 3 });
		await page.keyboard.type('Pachca');
		await sleep(800);
		const entries = await page.$$eval('[data-test-id=item-iterator-item]', (nodes) =>
			nodes.map((node) => /** @type {any} */ (node).innerText.trim()),
		);
		const entry = entries.find((text) => /^Pachca\s/.test(text) && !/^Pachca Polling/.test(text)) ?? '';
		if (!/Send messages, manage chats/.test(entry)) throw new Error(`The Pachca entry reads: ${entry}`);
		await browser.shot('node-creator-search');
		await clickText(page, '[data-test-id=item-iterator-item]', /^Pachca\s(?!Polling)/);
		await waitFor('the Node details of Pachca', async () =>
			/Node details[\s\S]*Send messages, manage chats/.test(
				await page.$eval('[data-test-id=node-creator]', (node) => /** @type {any} */ (node).innerText),
			),
		);
		await sleep(800); // the panel slides in
		await browser.shot('node-creator-pachca-details');
	});

	await step('add the Pachca Trigger (On new message): events, filters and options; setup under Options', async () => {
		await clickText(page, '[data-test-id=item-iterator-item]', /On new message/);
		await page.waitForSelector('[data-test-id=ndv]', { visible: true });
		const labels = await expectFields(page, ['Credential', 'Events', 'Filters', 'Options']);
		const above = labels.filter((label) => /^(Registration|Bot ID|Overwrite Bot URL)/.test(label));
		if (above.length > 0) throw new Error(`Setup fields above the fold: ${above.join(', ')}`);
		const panelText = await page.$eval('[data-test-id=ndv]', (node) => /** @type {any} */ (node).innerText);
		if (!/Publishing the workflow \(Activate in n8n 1\.x\)/.test(panelText))
			throw new Error('The trigger panel does not say what publishing does');
		if (/Webhook Signing Secret is empty/.test(panelText))
			throw new Error('The signing warning shows although the credential has a secret');
		await browser.shot('trigger-panel');
		const offered = await openCollectionAdd(page, 1);
		for (const option of ['Registration', 'Bot ID', 'Overwrite Bot URL When Testing'])
			if (!offered.includes(option)) throw new Error(`Options does not offer ${option}: ${offered.join(', ')}`);
		await browser.shot('trigger-options-offered');
		// Close the list with a second click on it (Escape would close the panel too).
		await (await page.$$('[data-test-id=ndv] [data-test-id=collection-parameter-add]'))[1].click();
		await sleep(300);
	});

	await step('Test this trigger with the defaults: it listens, a message arrives', async () => {
		await clickWhenReady(page, '[data-test-id=trigger-execute-button]');
		const listening = await waitFor(
			'the bot to point at the test URL',
			async () => {
				const shown = await toasts(page);
				if (shown.some((text) => /problem/i.test(text))) throw new Error(`The test failed: ${shown.join(' | ')}`);
				const now = await botUrl();
				return now.includes('/webhook-test/') ? now : null;
			},
			{ timeoutMs: 30000 },
		);
		await sleep(500);
		await browser.shot('trigger-listening');
		await sandboxCall(`${target.sandbox}/_sandbox/say`, 'POST', { text: 'Hello from the browser test' });
		await waitFor(
			'the event in the output panel',
			async () =>
				/Hello from the browser test/.test(
					await page.$eval('[data-test-id=output-panel]', (node) => /** @type {any} */ (node).innerText),
				),
			{ timeoutMs: 30000 },
		);
		await browser.shot('trigger-event-received');
		await waitFor('the test URL cleared when listening stops', async () => (await botUrl()) !== listening, {
			timeoutMs: 30000,
		});
		lastTestUrl = listening;
		await closePanel(page);
		const canvas = await page.$eval('[data-test-id=canvas-node]', (node) => /** @type {any} */ (node).innerText);
		if (!/New Message/.test(canvas)) throw new Error(`The trigger's canvas subtitle reads: ${canvas}`);
		await browser.shot('canvas-trigger-subtitle');
	});

	await step('add Pachca → Message → Send after the trigger', async () => {
		await clickWhenReady(page, '[data-test-id=canvas-handle-plus]');
		await pickFromCreator(page, 'Pachca', /^Pachca\s/);
		await waitFor(
			'the actions under Pachca',
			async () => (await page.$$('[data-test-id=item-iterator-item]')).length > 20,
		);
		await sleep(800);
		await browser.shot('node-creator-pachca-actions');
		await clickText(page, '[data-test-id=item-iterator-item]', /Send a message/);
		await page.waitForSelector('[data-test-id=ndv]', { visible: true });
		await expectFields(page, [
			'Credential',
			'Resource',
			'Operation',
			'Send To',
			'Chat',
			'Text',
			'Additional Fields',
			'Token and Rate Limits',
		]);
		await browser.shot('message-send-panel');
	});

	await step('pick a chat From list', async () => {
		await clickWhenReady(page, '[data-test-id=ndv] [data-test-id=rlc-input]');
		await page.waitForSelector('[data-test-id=rlc-item]', { visible: true });
		const chats = await page.$$eval('[data-test-id=rlc-item]', (nodes) =>
			nodes.map((node) => /** @type {any} */ (node).innerText.trim()),
		);
		const unmarked = chats.filter((text) => !/\((personal chat|channel|group chat)\)$/.test(text));
		if (unmarked.length > 0) throw new Error(`Chats without their kind: ${unmarked.join(', ')}`);
		await browser.shot('chat-list-open');
		await clickText(page, '[data-test-id=rlc-item]', /^General/);
		await waitFor('General in the Chat field', async () =>
			/General/.test(
				await page.$eval(
					'[data-test-id=ndv] [data-test-id=rlc-input]',
					(node) => /** @type {any} */ (node).value ?? '',
				),
			),
		);
	});

	await step('fill in Text and execute the step: the message reaches the chat', async () => {
		const text = '[data-test-id=ndv] [data-test-id=parameter-input-content] textarea';
		await page.waitForSelector(text, { visible: true });
		await clickWhenReady(page, text);
		await page.keyboard.type('Sent from the n8n editor');
		// n8n stores a typed value after a short debounce; leave the field and let it settle first.
		await page.keyboard.press('Tab');
		await sleep(1500);
		await clickWhenReady(page, '[data-test-id=ndv] [data-test-id=node-execute-button]');
		await waitFor(
			'the sent message in General',
			async () => {
				const messages = await sandboxCall(`${target.sandbox}/_sandbox/messages?chat_id=101&limit=5`, 'GET');
				return messages.some(
					(/** @type {{ content: string }} */ message) => message.content === 'Sent from the n8n editor',
				);
			},
			{ timeoutMs: 30000 },
		);
		// The JSON view shows the whole output item (the table view may cut the text).
		const jsonView = '[data-test-id=output-panel] [data-test-id=radio-button-json]';
		await page.waitForSelector(jsonView, { visible: true, timeout: 30000 });
		await clickWhenReady(page, jsonView);
		await waitFor(
			'the sent message in the output panel',
			async () =>
				/Sent from the n8n editor/.test(
					await page.$eval('[data-test-id=output-panel]', (node) => /** @type {any} */ (node).innerText),
				),
			{ timeoutMs: 15000 },
		);
		await browser.shot('message-sent');
	});

	await step('the button builder says what each kind of button needs', async () => {
		await openCollectionAdd(page, 0, /^Buttons$/);
		await clickWhenReady(page, '[data-test-id=ndv] [data-test-id=fixed-collection-add]'); // Add Row
		await sleep(500);
		await clickText(page, '[data-test-id=ndv] [data-test-id=fixed-collection-add]', /Add Button to Row/);
		await sleep(800);
		const text = await page.$eval('[data-test-id=ndv]', (node) => /** @type {any} */ (node).innerText);
		for (const words of ['rows go top to bottom', 'A link button needs this URL'])
			if (!text.includes(words)) throw new Error(`The button builder does not say "${words}"`);
		await page.$eval('[data-test-id=ndv] [data-test-id=fixed-collection-add]', (node) =>
			/** @type {any} */ (node).scrollIntoView({ block: 'end' }),
		);
		await browser.shot('button-builder');
		await closePanel(page);
		const canvas = await page.$$eval('[data-test-id=canvas-node]', (nodes) =>
			nodes.map((node) => /** @type {any} */ (node).innerText).join(' | '),
		);
		if (!/Send: Message/.test(canvas)) throw new Error(`The canvas subtitles read: ${canvas}`);
	});

	await step('switch the same node to Task → Create and User → Create: main fields up front', async () => {
		await openNode(page, /Send a message/);
		await chooseOption(page, 'resource', /^Task$/);
		await chooseOption(page, 'operation', /^Create(\n|$)/);
		await expectFields(page, [
			'Resource',
			'Operation',
			'Kind',
			'Description',
			'Due At',
			'Performer Names or IDs',
			'Additional Fields',
		]);
		await browser.shot('task-create-panel');
		await chooseOption(page, 'resource', /^User$/);
		await chooseOption(page, 'operation', /^Create(\n|$)/);
		await expectFields(page, [
			'Resource',
			'Operation',
			'Email',
			'First Name',
			'Last Name',
			'Role',
			'Additional Fields',
		]);
		await browser.shot('user-create-panel');
		await closePanel(page);
	});

	await step(
		'switch the same node to Incoming Webhook: it asks for the webhook URL credential, not the API one',
		async () => {
			await openNode(page, /Create a user/); // n8n renamed it after its new action
			await waitFor('the API credential chosen', async () => (await credentialShown(page)).includes(CREDENTIAL_NAME));
			await chooseOption(page, 'resource', /^Incoming Webhook$/);
			const shown = await waitFor(
				'the credential row to change',
				async () => {
					const now = await credentialShown(page);
					return now !== '' && !now.includes(CREDENTIAL_NAME) ? now : null;
				},
				{ timeoutMs: 15000 },
			);
			if (!/select credential/i.test(shown)) throw new Error(`The credential row shows: ${shown}`);
			// Its settings offer only what applies to a webhook (no token choice): "Options", not the API's.
			const labels = await expectFields(page, ['Resource', 'Options']);
			if (labels.some((label) => label.startsWith('Token and Rate Limits')))
				throw new Error(`The webhook's panel shows the API's settings: ${labels.join(', ')}`);
			await browser.shot('incoming-webhook-panel');
			// Which credential it asks for: "Create new credential" opens that type's form.
			await clickWhenReady(page, '[data-test-id=ndv] [data-test-id=node-credentials-select]');
			await clickWhenReady(page, '[data-test-id=node-credentials-select-item-new]');
			const dialogs = async () =>
				await page.$$eval('[role=dialog], .el-dialog', (nodes) =>
					nodes.map((node) => /** @type {any} */ (node).innerText).join(' | '),
				);
			await waitFor('the new credential form', async () =>
				/Pachca Incoming Webhook API[\s\S]*Webhook URL/.test(await dialogs()),
			);
			await browser.shot('incoming-webhook-credential-form');
			// Escape closes the form and the node panel with it; open the node again, as a user would.
			await page.keyboard.press('Escape');
			await waitFor('the credential form closed', async () => !(await dialogs()).includes('Webhook URL'), {
				timeoutMs: 10000,
			});
			if (!(await page.$('[data-test-id=ndv] [data-test-id=parameter-input-resource]')))
				await openNode(page, /Send through an incoming webhook/);
			await chooseOption(page, 'resource', /^Message$/);
			await waitFor('the API credential back', async () => (await credentialShown(page)).includes(CREDENTIAL_NAME), {
				timeoutMs: 15000,
			});
			await closePanel(page);
		},
	);

	await step('add the Pachca Polling Trigger from the node panel', async () => {
		await clickWhenReady(page, '[data-test-id=node-creator-plus-button]');
		await pickFromCreator(page, 'Pachca Polling', /^Pachca Polling/);
		await clickText(page, '[data-test-id=item-iterator-item]', /On new message/);
		await page.waitForSelector('[data-test-id=ndv]', { visible: true });
		await expectFields(page, ['Credential', 'Events']);
		await browser.shot('polling-trigger-panel');
		await closePanel(page);
		await browser.shot('canvas-with-three-nodes');
	});

	await step('"Test this trigger" refused: the bot belongs to another published workflow of this n8n', async () => {
		// Another workflow's production URL on this n8n: the same base, /webhook/ and another webhook ID.
		const other = lastTestUrl.replace(/\/webhook-test\/[^/]+\//, '/webhook/0b7e1c52-9d3a-4f0e-8c21-6a5d4e3f2b10/');
		await setBotUrl(other);
		await openNode(page, /Pachca Trigger/);
		try {
			await clickWhenReady(page, '[data-test-id=trigger-execute-button]');
			const toast = await waitFor(
				'the refusal toast',
				async () => (await toasts(page)).find((text) => /another published workflow of this n8n/.test(text)) ?? null,
				{ timeoutMs: 30000 },
			);
			if (!/unpublish that workflow first/.test(toast)) throw new Error(`The toast says: ${toast}`);
			await sleep(500);
			await browser.shot('trigger-refused');
			// The refusal is the editor's failed run request (HTTP 500 with the message): expected here.
			const expected = /\/rest\/workflows\/[^/]+\/run\b|The bot already sends its events to/;
			const others = browser.errors.filter((error) => !expected.test(error));
			browser.errors.splice(0, browser.errors.length, ...others);
			// Where the rest of the refusal (its description) shows, if anywhere on screen.
			const screen = await page.$eval('body', (node) => /** @type {any} */ (node).innerText);
			const refusalDetailsShown = /n8n does not let a node look up other workflows/.test(screen);
			console.log(`    the refusal's details ${refusalDetailsShown ? 'are' : 'are not'} on screen after the toast`);
			if ((await botUrl()) !== other) throw new Error('The refused test changed the bot URL');
		} finally {
			await setBotUrl('');
		}
		await closePanel(page);
	});

	await step('the sandbox page shows a new message by itself', async () => {
		await page.goto(`${target.sandbox}/?chat_id=101`, { waitUntil: 'domcontentloaded' });
		await sandboxCall(`${target.sandbox}/_sandbox/say`, 'POST', { text: 'Seen without reloading by hand' });
		// The page reloads itself: a look in the middle of a reload finds nothing and looks again.
		await waitFor(
			'the message on the sandbox page',
			async () =>
				/Seen without reloading by hand/.test(
					await page.$eval('body', (node) => /** @type {any} */ (node).innerText).catch(() => ''),
				),
			{ timeoutMs: 15000 },
		);
		await page.waitForSelector('body', { visible: true });
		await browser.shot('sandbox-page-refreshed');
	});
}

module.exports = { editorFlow };
