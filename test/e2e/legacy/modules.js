// @ts-check
'use strict';
// The step modules `npm run test:e2e:legacy` runs against n8n 1.123, in this order. A module is
// an object with:
//   name        a short label for the log
//   workflows   (sandbox) => workflow JSON objects to import with n8n's CLI before the server
//               starts; those with `active: true` are activated for the server to start
//   cli         optional, async (ctx: LegacyCliContext) => void: steps with n8n's CLI, before the server
//   live        optional, async (ctx: LegacyLiveContext) => void: steps with the server running
// Each step goes through ctx.steps.step(name, fn) so it is counted and timed; stop nothing.

/**
 * @typedef {object} LegacyCliContext
 * @property {import('../runner').Steps} steps
 * @property {import('../../../scripts/n8n/install').N8nInstall} install  n8n 1.123 and its Node 22
 * @property {NodeJS.ProcessEnv} env  the environment every n8n process of this run shares
 * @property {import('../../../scripts/sandbox/server').PachcaSandbox} sandbox
 * @property {string} work  a temporary folder for files
 */

/**
 * @typedef {LegacyCliContext & {
 *   n8n: import('../../../scripts/n8n/process').N8nServer,
 *   rest: import('../../../scripts/n8n/rest').N8nRest,
 *   webhookBase: string,
 *   webhookUrl: (webhookId: string) => string,
 * }} LegacyLiveContext
 *   n8n: the running server; rest: logged in as the owner; webhookBase: n8n's WEBHOOK_URL without
 *   the trailing slash; webhookUrl: a trigger's production URL
 */

/**
 * @typedef {{ name: string, workflows: (sandbox: import('../../../scripts/sandbox/server').PachcaSandbox) => object[],
 *   cli?: (ctx: LegacyCliContext) => Promise<void>, live?: (ctx: LegacyLiveContext) => Promise<void> }} LegacyModule
 */

/** @type {LegacyModule[]} */
const LEGACY_MODULES = [require('./smoke-steps'), require('./send-wait-module')];

module.exports = { LEGACY_MODULES };
