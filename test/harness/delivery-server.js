// @ts-check
// A loopback HTTP server standing in for n8n's webhook endpoint. Each request is prepared the
// way n8n's body parser prepares it (raw bytes kept as `rawBody`, JSON parsed into `body`, a
// JSON body that does not parse answered 422 before any node runs), then handed to the node's
// `webhook()` inside n8n-core's WebhookContext with the real request and response objects.
// What n8n does with the result (answer unless the node did, start an execution when there is
// workflowData, save static data) is mirrored here and recorded for the test.
const http = require('node:http');
const { WebhookContext } = require('n8n-core');

/** @param {http.IncomingMessage} req @returns {Promise<Buffer>} */
function readRaw(req) {
	return new Promise((resolve, reject) => {
		/** @type {Buffer[]} */
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

/** @param {http.ServerResponse} res @param {number} status @param {unknown} body */
function reply(res, status, body) {
	if (res.headersSent) return;
	res.writeHead(status, { 'content-type': 'application/json' });
	res.end(JSON.stringify(body));
}

/**
 * n8n's parseBody, for the content types Pachca uses: false when n8n itself would refuse it.
 * @param {any} req @param {Buffer} raw
 */
function parseLikeN8n(req, raw) {
	const contentType = String(req.headers['content-type'] ?? '')
		.split(';')[0]
		.trim()
		.toLowerCase();
	req.rawBody = raw;
	req.contentType = contentType;
	req.query = {};
	req.params = {};
	req.body = {};
	if (raw.length === 0) return true;
	if (contentType === 'application/json') {
		try {
			req.body = JSON.parse(raw.toString('utf8'));
		} catch {
			return false;
		}
	} else if (contentType === 'text/plain') {
		req.body = raw.toString('utf8');
	}
	return true;
}

/** n8n's isParsableContentType: the content types it reads for any node version. @param {http.IncomingMessage} req */
function parsableByN8n(req) {
	const type = String(req.headers['content-type'] ?? '').toLowerCase();
	if (type === '') return false;
	return (
		['application/json', 'text/plain', 'application/x-www-form-urlencoded'].some((start) => type.startsWith(start)) ||
		/\/xml|\+xml/.test(type.split(';')[0])
	);
}

class DeliveryServer {
	/** @param {import('./trigger-setup').TriggerSetup} setup @param {{ isTest: boolean, testStaticData?: Record<string, unknown> }} options */
	constructor(setup, { isTest, testStaticData }) {
		this.setup = setup;
		this.isTest = isTest;
		this.testStaticData = testStaticData;
		/** Workflow data of every execution n8n would have started. @type {import('n8n-workflow').INodeExecutionData[][][]} */
		this.executions = [];
		/** Errors thrown by the node's webhook(). @type {Error[]} */
		this.errors = [];
		/** Requests where the node claimed to answer (noWebhookResponse) but did not. */
		this.unanswered = 0;
		this.server = http.createServer((req, res) => void this.handle(req, res));
		this.url = '';
	}

	async start() {
		await new Promise((resolve) => this.server.listen(0, '127.0.0.1', () => resolve(undefined)));
		const address = /** @type {import('node:net').AddressInfo} */ (this.server.address());
		this.url = `http://127.0.0.1:${address.port}/webhook`;
		return this;
	}

	async stop() {
		this.server.closeAllConnections();
		await new Promise((resolve) => this.server.close(() => resolve(undefined)));
	}

	/** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
	async handle(req, res) {
		if (this.setup.node.typeVersion > 1 && !parsableByN8n(req)) {
			// n8n 2.41 (parseRequestBody) leaves such a body unread for nodes of version 2 on: no rawBody.
			Object.assign(req, { query: {}, params: {}, body: {} });
		} else {
			const raw = await readRaw(req);
			if (!parseLikeN8n(req, raw)) return reply(res, 422, { code: 422, message: 'Failed to parse request body' });
		}
		const { setup } = this;
		const workflow = this.isTest ? setup.workflow({ active: false, staticData: {} }) : setup.workflow();
		if (this.isTest && this.testStaticData)
			workflow.setTestStaticData(/** @type {any} */ (JSON.parse(JSON.stringify(this.testStaticData))));
		const additionalData = setup.additionalData({
			httpRequest: /** @type {any} */ (req),
			httpResponse: /** @type {any} */ (res),
		});
		const webhookData = setup.webhookData(additionalData, this.isTest);
		const node = workflow.getNode(setup.node.name) ?? setup.node;
		const context = new WebhookContext(
			workflow,
			node,
			additionalData,
			this.isTest ? 'manual' : 'webhook',
			webhookData,
			[],
			null,
		);
		/** @type {import('n8n-workflow').IWebhookResponseData} */
		let result;
		try {
			result = await /** @type {any} */ (setup.nodeType).webhook.call(context);
		} catch (error) {
			this.errors.push(/** @type {Error} */ (error));
			return reply(res, 500, { code: 0, message: 'Workflow Webhook Error: Workflow could not be started!' });
		}
		if (result.noWebhookResponse === true && !res.writableEnded) {
			this.unanswered++;
			reply(res, 500, { message: 'the node did not answer' });
		}
		if (result.workflowData !== undefined) this.executions.push(result.workflowData);
		if (!res.headersSent) reply(res, 200, result.webhookResponse ?? { message: 'Webhook call received' });
		if (this.isTest) this.testStaticData = JSON.parse(JSON.stringify(workflow.testStaticData ?? {}));
		else setup.save(workflow);
	}

	/** JSON of every item of every execution, in order. */
	get items() {
		return this.executions.flatMap((execution) => execution[0] ?? []).map((item) => item.json);
	}
}

/**
 * @param {import('./trigger-setup').TriggerSetup} setup
 * @param {{ isTest?: boolean, testStaticData?: Record<string, unknown> }} [options]
 */
async function startDeliveryServer(setup, { isTest = false, testStaticData } = {}) {
	return await new DeliveryServer(setup, { isTest, testStaticData }).start();
}

module.exports = { DeliveryServer, startDeliveryServer };
