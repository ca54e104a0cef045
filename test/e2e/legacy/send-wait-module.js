// @ts-check
'use strict';
// Message → Send and Wait for Response in n8n 1.123, as a step module (modules.js): the same steps
// as in n8n 2.41 (sendWaitSteps), against the running 1.123 server and the sandbox.

const { sendWaitSteps } = require('../send-wait-steps');

/** @type {import('./modules').LegacyModule} */
module.exports = {
	name: 'Send and Wait',
	workflows: () => [],
	live: async ({ steps, rest, sandbox, webhookBase }) => {
		await sendWaitSteps(steps, { rest, sandbox, webhookBase, prefix: 'pachcaLegacySendWait' });
	},
};
