// @ts-check
// One poll of a polling trigger through n8n-core's PollContext. Activated workflows poll in
// mode 'trigger': what the node returns is emitted (n8n then starts an execution) and static
// data is saved when changed; a poll that throws saves nothing. "Fetch test event" polls in
// mode 'manual' and keeps nothing.
const { PollContext } = require('n8n-core');

/**
 * @param {import('./trigger-setup').TriggerSetup} setup
 * @param {{ manual?: boolean }} [options]
 * @returns {Promise<import('n8n-workflow').INodeExecutionData[][] | null>}
 */
async function poll(setup, { manual = false } = {}) {
	const workflow = setup.workflow({ active: !manual });
	/** @type {import('n8n-workflow').INodeExecutionData[][] | null} */
	let emitted = null;
	const context = new PollContext(
		workflow,
		workflow.getNode(setup.node.name) ?? setup.node,
		setup.additionalData(),
		manual ? 'manual' : 'trigger',
		manual ? 'manual' : 'activate',
		(data) => {
			emitted = data;
		},
		(error) => {
			throw error;
		},
	);
	const nodeType = /** @type {any} */ (setup.nodeType);
	const result = await nodeType.poll.call(context);
	if (manual) return result;
	if (result !== null) context.__emit(result);
	setup.save(workflow);
	return emitted;
}

module.exports = { poll };
