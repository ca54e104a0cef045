// @ts-check
'use strict';
// A reference for what n8n 2.41's RoutingNode costs any declarative node: the smallest one that
// sends the same message (an operation with its request, Chat and Text with n8n's standard field
// routing), installed beside the package under test, run by the same workflow in place of the
// Pachca node. It does not pace, so its cases run with the fake's limits off; what they show is
// n8n's preparation of the items (first request after the node starts) and the memory it takes.

const fs = require('node:fs');
const path = require('node:path');

const PACKAGE = 'n8n-nodes-bench-reference';
const NODE_TYPE = `${PACKAGE}.reference`;

/** The node's source; Base URL and token are the fake's, on loopback. @param {string} baseUrl @param {string} token */
function referenceSource(baseUrl, token) {
	const description = {
		displayName: 'Reference',
		name: 'reference',
		group: ['transform'],
		version: 1,
		description: 'Smallest declarative node that sends a message',
		defaults: { name: 'Reference' },
		inputs: ['main'],
		outputs: ['main'],
		requestDefaults: {
			baseURL: baseUrl,
			headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
			json: true,
		},
		properties: [
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				default: 'send',
				options: [{ name: 'Send', value: 'send', routing: { request: { method: 'POST', url: '/messages' } } }],
			},
			{
				displayName: 'Chat',
				name: 'chatId',
				type: 'string',
				default: '',
				routing: { send: { type: 'body', property: 'message.entity_id' } },
			},
			{
				displayName: 'Text',
				name: 'content',
				type: 'string',
				default: '',
				routing: { send: { type: 'body', property: 'message.content' } },
			},
		],
	};
	return `class Reference { constructor() { this.description = ${JSON.stringify(description)}; } }\nmodule.exports = { Reference };\n`;
}

/**
 * Installs the reference node into n8n's user folder, as a second community package.
 * @param {string} userFolder @param {string} baseUrl @param {string} token
 */
function installReference(userFolder, baseUrl, token) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const dir = path.join(nodesDir, 'node_modules', PACKAGE);
	fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
	fs.writeFileSync(path.join(dir, 'dist', 'Reference.node.js'), referenceSource(baseUrl, token));
	const manifest = {
		name: PACKAGE,
		version: '1.0.0',
		n8n: { n8nNodesApiVersion: 1, nodes: ['dist/Reference.node.js'] },
	};
	fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest));
	const listFile = path.join(nodesDir, 'package.json');
	const list = JSON.parse(fs.readFileSync(listFile, 'utf8'));
	list.dependencies = { ...(list.dependencies || {}), [PACKAGE]: manifest.version };
	fs.writeFileSync(listFile, JSON.stringify(list, null, 2));
}

/** The bulk-send workflow with the reference node in place of the Pachca node. @param {any} workflow */
function withReference(workflow) {
	const nodes = workflow.nodes.map((/** @type {any} */ n) =>
		n.name === 'Pachca'
			? {
					...n,
					type: NODE_TYPE,
					parameters: { operation: 'send', chatId: '={{ $json.chat }}', content: '={{ $json.text }}' },
					credentials: undefined,
				}
			: n,
	);
	return { ...workflow, nodes };
}

module.exports = { installReference, withReference };
