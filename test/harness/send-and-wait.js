// @ts-check
const { WebhookContext, WorkflowExecute, validateUrlSignature } = require('n8n-core');

const { additionalDataFor } = require('./additional-data');
const { TestCredentialsHelper } = require('./credentials-helper');
const { oneNodeWorkflow } = require('./one-node-workflow');
const { loadedPackage } = require('./package-loader');

/**
 * A waiting execution as n8n keeps one: n8n-core's WorkflowExecute runs the node (and so
 * dispatches its customOperations) until it puts the execution to wait; `resume` then plays
 * n8n's waiting webhook (cli's WaitingWebhooks): it checks the link's signature the way n8n does
 * for `sendAndWait`, answers a finished execution with "no action required", and otherwise
 * calls the node's webhook() in a WebhookContext, resuming when it returns workflowData.
 * @param {{ parameters: Record<string, unknown>, credentials: Record<string, unknown>, items?: any[] }} options
 */
async function startWaiting({ parameters, credentials, items = [{ json: {} }] }) {
	const loader = await loadedPackage();
	const { workflow, workflowNode, nodeType } = oneNodeWorkflow(loader, { node: 'pachca', parameters });
	const credentialsHelper = new TestCredentialsHelper(loader, { pachcaApi: credentials });
	const additionalData = additionalDataFor(credentialsHelper);
	const runExecutionData = /** @type {any} */ ({
		startData: {},
		resultData: { runData: {} },
		executionData: {
			nodeExecutionStack: [{ node: workflowNode, data: { main: [items] }, source: null }],
			contextData: {},
			metadata: {},
			waitingExecution: {},
			waitingExecutionSource: {},
		},
	});
	const run = await new WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(workflow);
	const output = run.data.resultData.runData[workflowNode.name]?.[0];
	const state = { finished: !run.waitTill, resumedWith: /** @type {any[] | undefined} */ (undefined) };

	/**
	 * A request to a resume link, as a browser or a crawler sends it.
	 * @param {string} link
	 * @param {{ method?: 'GET' | 'POST', userAgent?: string, body?: unknown, headers?: Record<string, string> }} [request]
	 */
	async function resume(link, { method = 'GET', userAgent = BROWSER, body, headers: extra = {} } = {}) {
		const url = new URL(link);
		const response = fakeResponse();
		const headers = { ...(userAgent ? { 'user-agent': userAgent } : {}), ...extra };
		const query = Object.fromEntries(url.searchParams);
		additionalData.httpRequest = { method, headers, query, body, params: {}, url: url.pathname + url.search };
		additionalData.httpResponse = response;
		const webhookData = /** @type {any} */ ({
			httpMethod: method,
			path: workflowNode.id,
			webhookDescription: { restartWebhook: true },
		});
		const context = new WebhookContext(
			workflow,
			workflowNode,
			additionalData,
			'webhook',
			webhookData,
			[],
			runExecutionData,
		);
		// The instance's signing secret, as the context that signed the links has it.
		const secret = /** @type {any} */ (context).instanceSettings.hmacSignatureSecret;
		const signature = url.searchParams.get('signature') ?? '';
		if (!signature || !validateUrlSignature(signature, url, secret)) return { status: 401, page: 'invalid token' };
		if (state.finished) return { status: 200, page: 'send-and-wait-no-action-required' };
		const result = await /** @type {any} */ (nodeType).webhook.call(context);
		if (result.workflowData) {
			state.finished = true;
			state.resumedWith = result.workflowData[0];
		}
		return { status: response.status, page: response.body, resumed: result.workflowData?.[0] };
	}

	/** What n8n's wait tracker does at the limit: the node is skipped and passes its input on. */
	function expire() {
		state.finished = true;
		return items;
	}

	return {
		run,
		output: output?.data?.main?.[0] ?? [],
		error: output?.error,
		waitTill: run.waitTill,
		resume,
		expire,
		state,
	};
}

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

function fakeResponse() {
	return {
		status: 0,
		headers: /** @type {Record<string, string>} */ ({}),
		body: '',
		/** @param {number} status @param {Record<string, string>} headers */
		writeHead(status, headers) {
			this.status = status;
			Object.assign(this.headers, headers);
			return this;
		},
		/** @param {string} body */
		end(body) {
			this.body = body;
		},
	};
}

module.exports = { startWaiting, BROWSER };
