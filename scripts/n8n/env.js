// @ts-check
'use strict';
// Environment for every n8n process we start (server and CLI alike, so they share one database
// and encryption key): the user folder, ports on loopback, the public webhook base, and n8n's
// calls home switched off (this machine reaches no host but the npm registry).

const path = require('node:path');

/**
 * @param {object} options
 * @param {import('./node24').NodeRuntime} options.runtime
 * @param {string} options.userFolder  N8N_USER_FOLDER: n8n keeps everything in <userFolder>/.n8n
 * @param {number} options.port  the editor and REST API
 * @param {number} options.brokerPort  n8n's task-runner broker (a second local port)
 * @param {string} [options.webhookUrl]  base of production webhook URLs (default: $WEBHOOK_URL, else the editor's address)
 * @returns {NodeJS.ProcessEnv}
 */
function n8nEnv({ runtime, userFolder, port, brokerPort, webhookUrl }) {
	return {
		...process.env,
		PATH: `${runtime.binDir}${path.delimiter}${process.env.PATH}`,
		N8N_USER_FOLDER: userFolder,
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: 'localhost',
		N8N_PROTOCOL: 'http',
		N8N_EDITOR_BASE_URL: `http://localhost:${port}/`,
		WEBHOOK_URL: webhookUrl ?? process.env.WEBHOOK_URL ?? `http://localhost:${port}/`,
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_SECURE_COOKIE: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		// The node panel's list of verified community nodes comes from api.n8n.io: unreachable
		// offline, and each failure logged a stack trace. Installed packages (this one) still load.
		N8N_VERIFIED_PACKAGES_ENABLED: 'false',
		// Explicit, as n8n's deprecation notice asks (its default will change): npm-installed packages load.
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		N8N_DYNAMIC_BANNERS_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		// These modules fetch catalogues from n8n's servers on start; nothing here needs them.
		N8N_DISABLED_MODULES: 'mcp-registry',
		// Deliveries are answered by the node itself; keep n8n's own log readable.
		N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL || 'info',
	};
}

/**
 * README → Deployment's settings for interactive bots on n8n 2.x, which builds an isolated-vm
 * expression sandbox per webhook request and per execution: compile the sandbox's runtime once
 * per process, and build a sandbox only when an expression needs one. n8n 1.x ignores both.
 * The queue-mode tests run with them; the latency benchmark measures with and without.
 */
const INTERACTIVE_SETTINGS = Object.freeze({
	N8N_EXPRESSION_ENGINE_COMPILE_CACHE: 'true',
	N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true',
});

module.exports = { n8nEnv, INTERACTIVE_SETTINGS };
