// @ts-check
// One trigger node inside a one-node workflow, as n8n holds it: the workflow object is rebuilt
// from "the database" for every activation, delivery and poll, and its static data is saved
// back only when n8n-workflow's ObservableObject marks it changed, as n8n's
// WorkflowStaticDataService does. JSON is the storage format, so state that does not survive
// JSON (a Set, a Map) is lost here exactly as it would be in n8n.
const { NodeHelpers, Workflow } = require('n8n-workflow');

const { additionalDataFor } = require('./additional-data');
const { TestCredentialsHelper } = require('./credentials-helper');
const { nodeTypesOf } = require('./node-types');
const { loadedPackage } = require('./package-loader');

const WEBHOOK_ID = '5f0c9a7e-2d4b-4c1e-9a63-7b1f0e2d8c41';

/** @param {unknown} value @returns {any} */
const fromJson = (value) => JSON.parse(JSON.stringify(value ?? {}));

class TriggerSetup {
	/**
	 * @param {import('n8n-core').PackageDirectoryLoader} loader
	 * @param {{
	 *   node: string,
	 *   parameters: Record<string, unknown>,
	 *   credentials: Record<string, unknown>,
	 *   staticData?: Record<string, unknown>,
	 *   typeVersion?: number,
	 * }} options
	 */
	constructor(loader, { node, parameters, credentials, staticData = {}, typeVersion = 1 }) {
		this.nodeTypes = nodeTypesOf(loader);
		const type = `${loader.packageName}.${node}`;
		this.nodeType = this.nodeTypes.getByNameAndVersion(type);
		/** @type {import('n8n-workflow').INode} */
		this.node = {
			id: 'trigger-1',
			name: 'Pachca Trigger',
			type,
			typeVersion,
			position: [0, 0],
			parameters: /** @type {any} */ (parameters),
			credentials: { pachcaApi: { id: 'cred-1', name: 'Pachca account' } },
			webhookId: WEBHOOK_ID,
		};
		this.credentialsHelper = new TestCredentialsHelper(loader, { pachcaApi: credentials });
		/** The workflow's static data as stored between runs (plain JSON). */
		this.staticData = fromJson(staticData);
	}

	/** This node's part of the stored static data. @returns {Record<string, any>} */
	get nodeStaticData() {
		return this.staticData[`node:${this.node.name}`] ?? {};
	}

	/** @param {{ active?: boolean, staticData?: Record<string, unknown> }} [options] */
	workflow({ active = true, staticData = this.staticData } = {}) {
		return new Workflow({
			id: 'wf-1',
			name: 'Trigger test',
			nodes: [this.node],
			connections: {},
			active,
			nodeTypes: this.nodeTypes,
			staticData: fromJson(staticData),
		});
	}

	/** Saves static data the way n8n does after a run: only when it was changed. @param {Workflow} workflow */
	save(workflow) {
		if (/** @type {any} */ (workflow.staticData).__dataChanged === true)
			this.staticData = fromJson(workflow.staticData);
	}

	/** @param {Partial<import('n8n-workflow').IWorkflowExecuteAdditionalData>} [extra] @returns {any} */
	additionalData(extra = {}) {
		return { ...additionalDataFor(this.credentialsHelper), ...extra };
	}

	/**
	 * The node's webhook as n8n's WebhookService.getNodeWebhooks describes it.
	 * @param {any} additionalData @param {boolean} isTest @returns {import('n8n-workflow').IWebhookData}
	 */
	webhookData(additionalData, isTest) {
		const description = /** @type {import('n8n-workflow').IWebhookDescription[]} */ (
			this.nodeType.description.webhooks
		)[0];
		return {
			httpMethod: 'POST',
			node: this.node.name,
			path: NodeHelpers.getNodeWebhookPath('wf-1', this.node, description.path, false, false),
			webhookDescription: description,
			workflowId: 'wf-1',
			workflowExecuteAdditionalData: additionalData,
			webhookId: undefined,
			isTest,
		};
	}

	/** The URL n8n shows for this node: production, or test while listening for a test event. */
	webhookUrl(isTest = false) {
		const data = this.additionalData();
		return NodeHelpers.getNodeWebhookUrl(
			isTest ? data.webhookTestBaseUrl : data.webhookBaseUrl,
			'wf-1',
			this.node,
			'webhook',
			false,
		);
	}
}

/** @param {ConstructorParameters<typeof TriggerSetup>[1]} options */
async function triggerSetup(options) {
	return new TriggerSetup(await loadedPackage(), options);
}

module.exports = { TriggerSetup, triggerSetup, WEBHOOK_ID };
