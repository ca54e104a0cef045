// @ts-check
// The logger n8n-core hands every node context (`this.logger`): its own copies of @n8n/di and
// @n8n/backend-common, resolved from n8n-core, so a test can watch what a node logs.
const fromCore = (/** @type {string} */ name) =>
	require(require.resolve(name, { paths: [require.resolve('n8n-core')] }));

/** @returns {{ warn(message: string): void, info(message: string): void, error(message: string): void }} */
function n8nLogger() {
	const { Container } = fromCore('@n8n/di');
	const { Logger } = fromCore('@n8n/backend-common');
	return Container.get(Logger);
}

module.exports = { n8nLogger };
