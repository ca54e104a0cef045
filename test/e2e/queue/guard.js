// @ts-check
'use strict';
// The guard README → Deployment and queue mode gives users against two simultaneous copies of one
// delivery both running: Pachca Trigger → n8n's Redis node (Increment, atomic) → If the count is 1
// → the action (a message). Checked with the same simultaneous pairs as the plain trigger: the
// runs may be two, the action happens once.

const fs = require('node:fs');
const path = require('node:path');
const { n8nCli } = require('../../../scripts/n8n/process');
const { buildDelivery, post } = require('../../fake-pachca/sign');
const { expect } = require('../runner');
const { messagePayload } = require('../payloads');
const { PACHCA_CREDENTIAL, sendMessageParameters } = require('../workflow-parts');

const GUARD = { id: 'pachcaQueueGuard', webhookId: '5d0c7a1e-3b9f-4c61-9a52-9e0e000000b3', command: '/guard' };
const REDIS = { redis: { id: 'queueRedis', name: 'Queue Redis' } };
const PAIRS = 3;

/** Imports a credential for the queue's own Redis. @param {import('../../../scripts/n8n/install').N8nInstall} install @param {NodeJS.ProcessEnv} env @param {number} port @param {string} workDir */
async function importRedisCredential(install, env, port, workDir) {
	const file = path.join(workDir, 'redis-credential.json');
	const data = { host: '127.0.0.1', port, password: '', user: '', database: 0, ssl: false };
	fs.writeFileSync(file, JSON.stringify([{ ...REDIS.redis, type: 'redis', data }]));
	await n8nCli(install, env, ['import:credentials', `--input=${file}`]);
}

function guardWorkflow() {
	/**
	 * @param {string} name @param {string} type @param {number} typeVersion
	 * @param {Record<string, unknown>} parameters @param {number} x @param {object} [credentials]
	 */
	const node = (name, type, typeVersion, parameters, x, credentials) => ({
		id: `guard-${name.toLowerCase()}`,
		name,
		type,
		typeVersion,
		position: [x, 0],
		parameters,
		...(credentials ? { credentials } : {}),
	});
	const isFirst = {
		conditions: {
			options: { caseSensitive: true, leftValue: '', typeValidation: 'strict', version: 2 },
			conditions: [
				{
					id: 'guard-first',
					leftValue: '={{ Object.values($json)[0] === 1 }}',
					rightValue: '',
					operator: { type: 'boolean', operation: 'true', singleValue: true },
				},
			],
			combinator: 'and',
		},
		options: {},
	};
	const trigger = {
		...node(
			'Trigger',
			'n8n-nodes-pachca-plus.pachcaTrigger',
			1,
			{ events: ['message_new'], registration: 'manual', botId: '', filters: { commands: GUARD.command }, options: {} },
			0,
			PACHCA_CREDENTIAL,
		),
		webhookId: GUARD.webhookId,
	};
	const count = {
		operation: 'incr',
		key: '=pachca:{{ $json.event_type }}:{{ $json.trigger_id ?? $json.id }}',
		expire: true,
		ttl: 3600,
	};
	const send = sendMessageParameters('101', "=guarded {{ $('Trigger').item.json.content }}");
	return {
		id: GUARD.id,
		name: 'Queue: guarded action',
		nodes: [
			trigger,
			node('Count', 'n8n-nodes-base.redis', 1, count, 220, REDIS),
			node('First', 'n8n-nodes-base.if', 2.2, isFirst, 440),
			node('Act', 'n8n-nodes-pachca-plus.pachca', 1, send, 660, PACHCA_CREDENTIAL),
		],
		connections: {
			Trigger: { main: [[{ node: 'Count', type: 'main', index: 0 }]] },
			Count: { main: [[{ node: 'First', type: 'main', index: 0 }]] },
			First: { main: [[{ node: 'Act', type: 'main', index: 0 }], []] },
		},
		settings: { executionOrder: 'v1' },
		active: false,
	};
}

/**
 * @param {import('../runner').Steps} steps
 * @param {import('../../../scripts/sandbox/server').PachcaSandbox} sandbox
 * @param {number[]} hooks the two webhook processors' ports
 */
async function guardStep(steps, sandbox, hooks) {
	await steps.step(
		`the README's Redis guard: ${PAIRS} simultaneous pairs at both webhook processors, one action each`,
		async () => {
			const url = (/** @type {number} */ port) => `http://127.0.0.1:${port}/webhook/${GUARD.webhookId}/webhook`;
			for (let i = 1; i <= PAIRS; i++) {
				const event = messagePayload(779000 + i, `/guard ${i}`);
				const twins = hooks.map((port) => ({ port, ...buildDelivery(event, { secret: sandbox.signingSecret }) }));
				const answers = await Promise.all(twins.map((t) => post(url(t.port), t.body, t.headers)));
				expect(
					answers.every((a) => a.status === 200),
					`answers ${answers.map((a) => a.status).join(', ')}`,
				);
				await new Promise((resolve) => setTimeout(resolve, 4000));
				const acted = [...sandbox.fake.state.messages.values()].filter((m) => m.content === `guarded /guard ${i}`);
				expect(acted.length === 1, `pair ${i}: the guarded action happened ${acted.length} times, expected once`);
			}
		},
	);
}

module.exports = { guardWorkflow, guardStep, importRedisCredential };
