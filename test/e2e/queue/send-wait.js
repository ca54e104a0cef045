// @ts-check
'use strict';
// Send and Wait in queue mode: the question is asked from webhook processor A and the execution
// runs on the worker until it waits; the person's click reaches webhook processor B (the signed
// link's path and query are what n8n checks, not its host), and the worker finishes the run.

const { waitFor, expect } = require('../runner');
const { sendWaitClient, visit } = require('../send-wait-client');

/**
 * @param {import('../runner').Steps} steps
 * @param {import('../send-wait-client').SendWaitTarget & { clickBase: string,
 *   worker: import('../../../scripts/n8n/process').N8nServer }} target
 */
async function queueSendWaitStep(steps, target) {
	await steps.step(
		'Send and Wait: asked via webhook processor A, waits; a click at processor B resumes it on the worker',
		async () => {
			const client = await sendWaitClient({ ...target, prefix: 'pachcaQueueSendWait' }, ['approval']);
			const { question, message } = await client.ask('approval');
			const waiting = await waitFor('the waiting execution', async () => {
				const execution = await client.lastExecution('approval');
				return execution?.status === 'waiting' ? execution : null;
			});
			const finishedLines = () =>
				target.worker.tail.lines.filter((line) => line.includes(`Worker finished execution ${waiting.id} `)).length;
			await waitFor(`the worker to log execution ${waiting.id}`, () => finishedLines() > 0, { timeoutMs: 15000 });
			const before = finishedLines();
			const approve = new URL(message.buttons[0][0].url);
			expect(approve.origin === target.webhookBase, `the link goes to ${approve.origin}, not ${target.webhookBase}`);
			const atB = `${target.clickBase}${approve.pathname}${approve.search}`;
			const click = await visit(atB);
			expect(click.status === 200 && click.text.includes('✅ Approved'), `processor B answered ${click.status}`);
			const reported = await waitFor('the outcome message', () => client.outcome(question), { timeoutMs: 60000 });
			expect(/"approved":true/.test(reported.content), `outcome: ${reported.content}`);
			await waitFor(
				`the worker to finish execution ${waiting.id} again after the click`,
				() => finishedLines() > before,
				{ timeoutMs: 30000 },
			);
			expect((await client.lastExecution('approval'))?.status === 'success', 'the execution did not succeed');
		},
	);
}

module.exports = { queueSendWaitStep };
