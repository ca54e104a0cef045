// @ts-check
// A small workflow run by n8n-core's own WorkflowExecute: a Pachca trigger's event → a stand-in
// for n8n's AI Agent (an item `{ output }` paired with the item it answers, as the agent emits)
// → a node of this package. Paired-item lineage is then n8n's own, as in a real run.
const { WorkflowExecute } = require('n8n-core');
const { NodeHelpers, Workflow } = require('n8n-workflow');

const { additionalDataFor } = require('./additional-data');
const { TestCredentialsHelper } = require('./credentials-helper');
const { loadedPackage } = require('./package-loader');

/**
 * The stand-in agent: answers each item with `{ output }`. `dropLineage` leaves pairedItem out and
 * adds one more item, so n8n cannot infer the lineage either (it does when the counts match).
 */
const fakeAgent = {
	description: {
		displayName: 'Fake Agent',
		name: 'fakeAgent',
		group: ['transform'],
		version: 1,
		description: '',
		defaults: { name: 'AI Agent' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [
			{ displayName: 'Answer', name: 'answer', type: 'string', default: 'ok' },
			{ displayName: 'Drop Lineage', name: 'dropLineage', type: 'boolean', default: false },
		],
	},
	/** @this {import('n8n-workflow').IExecuteFunctions} */
	async execute() {
		const answer = String(this.getNodeParameter('answer', 0, 'ok'));
		const drop = this.getNodeParameter('dropLineage', 0, false) === true;
		const items = this.getInputData().map((_item, item) => ({
			json: { output: `${answer} ${item + 1}` },
			...(drop ? {} : { pairedItem: { item } }),
		}));
		return [drop ? [...items, { json: { output: `${answer} ${items.length + 1}` } }] : items];
	},
};

/**
 * @param {object} options
 * @param {'pachcaTrigger' | 'pachcaPollingTrigger'} [options.trigger]
 * @param {string} [options.triggerName]
 * @param {Array<Record<string, unknown>>} options.events  the trigger's output items
 * @param {Record<string, unknown> | null} [options.agent]  the stand-in agent's parameters; null: no agent
 * @param {Record<string, unknown>} options.parameters  the Pachca node's parameters
 * @param {Record<string, unknown>} options.credentials
 */
async function runWorkflow({
	trigger = 'pachcaTrigger',
	triggerName = 'Pachca Trigger',
	events,
	agent = {},
	parameters,
	credentials,
}) {
	const loader = await loadedPackage();
	const pkg = loader.packageName;
	/** @param {string} type */
	const byName = (type) =>
		/** @type {any} */ (type === 'test.fakeAgent' ? fakeAgent : loader.nodeTypes[type.slice(pkg.length + 1)].type);
	const nodeTypes = /** @type {any} */ ({
		getByName: byName,
		/** @param {string} type @param {number} [version] */
		getByNameAndVersion: (type, version) => NodeHelpers.getVersionedNodeType(byName(type), version),
		getKnownTypes: () => ({}),
	});
	const credentialRef = { pachcaApi: { id: 'cred-1', name: 'Pachca' } };
	const position = /** @type {[number, number]} */ ([0, 0]);
	const nodes = [
		{
			id: 't',
			name: triggerName,
			type: `${pkg}.${trigger}`,
			typeVersion: 1,
			position,
			parameters: { events: ['message_new'] },
			credentials: credentialRef,
		},
		...(agent
			? [{ id: 'a', name: 'AI Agent', type: 'test.fakeAgent', typeVersion: 1, position, parameters: agent }]
			: []),
		{ id: 'p', name: 'Reply', type: `${pkg}.pachca`, typeVersion: 1, position, parameters, credentials: credentialRef },
	];
	/** @param {string} to */
	const link = (to) => ({ main: [[{ node: to, type: 'main', index: 0 }]] });
	const connections = agent
		? { [triggerName]: link('AI Agent'), 'AI Agent': link('Reply') }
		: { [triggerName]: link('Reply') };
	const workflow = new Workflow({
		id: 'wf',
		name: 'test',
		nodes: /** @type {any} */ (nodes),
		connections: /** @type {any} */ (connections),
		active: true,
		nodeTypes,
	});
	const additionalData = additionalDataFor(new TestCredentialsHelper(loader, { pachcaApi: credentials }));
	const execute = new WorkflowExecute(additionalData, 'webhook');
	const startNode = /** @type {any} */ (workflow.getNode(triggerName));
	const run = await execute.run({
		workflow,
		startNode,
		triggerToStartFrom: {
			name: triggerName,
			data: /** @type {any} */ ({ data: { main: [events.map((json) => ({ json }))] } }),
		},
	});
	const runData = run.data.resultData.runData;
	return {
		error: run.data.resultData.error,
		items: (runData.Reply?.[0]?.data?.main?.[0] ?? []).map((/** @type {any} */ item) => item),
	};
}

module.exports = { runWorkflow };
