// @ts-check
'use strict';
// The workflows the real-n8n benchmarks import. Every one runs in n8n's v1 order, where a node's
// children run top to bottom: a marker (an HTTP Request to the fake, Execute Once) placed above
// the node it times runs immediately before it, so the fake sees when the node starts.
//
//   Start → Items (Code) ─┬─ Mark "set"  (HTTP Request, above)
//                         └─ Baseline E (Set: chat, text) ─┬─ Mark "node" (HTTP Request, above)
//                                                          └─ Pachca

const { PACHCA_CREDENTIAL, sendMessageParameters } = require('../../test/e2e/workflow-parts');

const MARK_PATH = '/_bench/mark';
const BATCHED = { requestOptions: { batching: { batch: { batchSize: 1, batchInterval: 1 } } } };

let ids = 0;
/**
 * @param {string} name
 * @param {string} type
 * @param {number} version
 * @param {[number, number]} position
 * @param {object} parameters
 * @param {object} [extra]
 */
function node(name, type, version, position, parameters, extra = {}) {
	ids += 1;
	const id = `5b1e0c9a-0000-4000-8000-${String(ids).padStart(12, '0')}`;
	return { id, name, type, typeVersion: version, position, parameters, ...extra };
}

/** @param {string} origin @param {string} name @param {[number, number]} position */
function mark(origin, name, position) {
	return node(
		`Mark ${name}`,
		'n8n-nodes-base.httpRequest',
		4.2,
		position,
		{ url: `${origin}${MARK_PATH}?name=${name}`, options: {} },
		{ executeOnce: true },
	);
}

/** @param {Array<[string, string]>} pairs from → to @returns {Record<string, any>} */
function chain(...pairs) {
	/** @type {Record<string, any>} */
	const connections = {};
	for (const [from, to] of pairs) {
		connections[from] ??= { main: [[]] };
		connections[from].main[0].push({ node: to, type: 'main', index: 0 });
	}
	return connections;
}

/**
 * Bulk send: `items` messages spread over `chats`, chat and text given as expressions.
 * @param {{ id: string, origin: string, items: number, chats: number[], batched?: boolean }} o
 */
function bulkSendWorkflow({ id, origin, items, chats, batched }) {
	const code =
		`const chats = ${JSON.stringify(chats)};\nreturn Array.from({ length: ${items} }, (_, i) ` +
		`=> ({ json: { chat: chats[i % chats.length], text: 'Bulk ' + i } }));`;
	const send = { ...sendMessageParameters('={{ $json.chat }}', '={{ $json.text }}'), ...(batched ? BATCHED : {}) };
	const assignments = [
		{ id: '7c0d0000-0000-4000-8000-000000000001', name: 'chat', value: '={{ $json.chat }}', type: 'number' },
		{ id: '7c0d0000-0000-4000-8000-000000000002', name: 'text', value: '={{ $json.text }}', type: 'string' },
	];
	const nodes = [
		node('Start', 'n8n-nodes-base.manualTrigger', 1, [0, 200], {}),
		node('Items', 'n8n-nodes-base.code', 2, [220, 200], { jsCode: code }),
		mark(origin, 'set', [440, 0]),
		node('Baseline E', 'n8n-nodes-base.set', 3.4, [440, 200], { assignments: { assignments }, options: {} }),
		mark(origin, 'node', [660, 0]),
		node('Pachca', 'n8n-nodes-pachca-plus.pachca', 1, [660, 200], send, { credentials: PACHCA_CREDENTIAL }),
	];
	const connections = chain(
		['Start', 'Items'],
		['Items', 'Mark set'],
		['Items', 'Baseline E'],
		['Baseline E', 'Mark node'],
		['Baseline E', 'Pachca'],
	);
	return benchWorkflow(id, nodes, connections);
}

/** The bulk-send workflow with no node after the Set node: what the nodes before the Pachca node take. @param {any} workflow */
function withoutNode(workflow) {
	const nodes = workflow.nodes.filter((/** @type {any} */ n) => n.name !== 'Pachca');
	const connections = structuredClone(workflow.connections);
	connections['Baseline E'].main[0] = connections['Baseline E'].main[0].filter(
		(/** @type {any} */ c) => c.node !== 'Pachca',
	);
	return { ...workflow, nodes, connections };
}

/**
 * The workflow file n8n's CLI imports: v1 execution order, inactive.
 * @param {string} id
 * @param {unknown[]} nodes
 * @param {unknown} connections
 */
function benchWorkflow(id, nodes, connections) {
	return {
		id,
		name: `Bench ${id}`,
		nodes,
		connections,
		settings: { executionOrder: 'v1' },
		pinData: {},
		active: false,
	};
}

/** Return All of every user. @param {{ id: string, origin: string }} o */
function returnAllWorkflow({ id, origin }) {
	const nodes = [
		node('Start', 'n8n-nodes-base.manualTrigger', 1, [0, 200], {}),
		mark(origin, 'node', [220, 0]),
		node(
			'Pachca',
			'n8n-nodes-pachca-plus.pachca',
			1,
			[220, 200],
			{ resource: 'user', operation: 'getAll', returnAll: true },
			{ credentials: PACHCA_CREDENTIAL },
		),
	];
	const connections = chain(['Start', 'Mark node'], ['Start', 'Pachca']);
	return benchWorkflow(id, nodes, connections);
}

module.exports = { bulkSendWorkflow, returnAllWorkflow, withoutNode, MARK_PATH };
