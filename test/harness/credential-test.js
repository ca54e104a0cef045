// @ts-check
const { ExecuteContext, RoutingNode } = require('n8n-core');
const { Workflow } = require('n8n-workflow');

const { additionalDataFor } = require('./additional-data');
const { TestCredentialsHelper } = require('./credentials-helper');
const { loadedPackage } = require('./package-loader');

/**
 * The credential's Test button, done the way n8n's CredentialsTester does for a declarative
 * `test`: a throwaway node whose only property routes the test request, run by RoutingNode
 * with the decrypted credential. Resolves to { status: 'OK' | 'Error', message }; a failure also
 * says how many lines n8n's ErrorReporter logs for it (one per error in the cause chain).
 * @param {Record<string, unknown>} credentials
 */
async function testCredential(credentials) {
	const loader = await loadedPackage();
	const credentialType = loader.credentialTypes.pachcaApi.type;
	const nodeType = {
		description: {
			displayName: 'Temp',
			name: 'temp',
			group: [],
			version: 1,
			description: '',
			defaults: {},
			inputs: [],
			outputs: [],
			credentials: [{ name: 'pachcaApi', required: true }],
			properties: [
				{
					displayName: 'Temp',
					name: 'temp',
					type: 'string',
					routing: { request: credentialType.test?.request },
					default: '',
				},
			],
		},
	};
	const nodeTypes = { getByName: () => nodeType, getByNameAndVersion: () => nodeType, getKnownTypes: () => ({}) };
	const node = {
		id: 'temp',
		name: 'Temp-Node',
		type: 'temp',
		typeVersion: 1,
		position: /** @type {[number, number]} */ ([0, 0]),
		parameters: {},
		credentials: { pachcaApi: { id: 'cred', name: 'cred' } },
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: /** @type {any} */ (nodeTypes),
	});
	const additionalData = additionalDataFor(new TestCredentialsHelper(loader, { pachcaApi: credentials }));
	const inputData = { main: [[{ json: {} }]] };
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData,
		'internal',
		/** @type {any} */ ({ resultData: { runData: {} } }),
		0,
		[],
		inputData,
		{ node, data: {}, source: null },
		[],
	);
	const decrypted = { id: 'cred', name: 'cred', type: 'pachcaApi', data: credentials };
	try {
		await new RoutingNode(context, /** @type {any} */ (nodeType), /** @type {any} */ (decrypted)).runNode();
		return { status: 'OK', message: 'Connection successful!' };
	} catch (error) {
		const cause = /** @type {any} */ (error).cause;
		const loggedLines = causeChain(error).length;
		if (cause?.response?.status)
			return {
				status: 'Error',
				message: cause.response.statusText || `Received HTTP status code: ${cause.response.status}`,
				loggedLines,
			};
		return { status: 'Error', message: /** @type {Error} */ (error).message, loggedLines };
	}
}

/** The errors n8n-core's ErrorReporter walks (and logs, one line each): the error and its causes. @param {unknown} error */
function causeChain(error) {
	/** @type {Error[]} */
	const seen = [];
	let current = /** @type {any} */ (error);
	while (current instanceof Error && !seen.includes(current)) {
		seen.push(current);
		current = /** @type {any} */ (current).cause;
	}
	return seen;
}

module.exports = { testCredential };
