// @ts-check
'use strict';
// Message → Send and Wait for Response in real n8n on its server: the question arrives with URL
// buttons; a crawler's GET and a forged link leave the execution waiting; a person's click
// resumes it (approved true / false); a second click runs nothing more; the message is edited;
// Free Text and Custom Form answers come through their page; the wait limit ends it. The steps
// take the running n8n and sandbox as arguments, so any n8n version's run can call them.

const { waitFor, expect } = require('./runner');
const { sendWaitClient, visit } = require('./send-wait-client');
const { press } = require('../../scripts/sandbox/actions');

/** @param {import('./runner').Steps} steps @param {import('./send-wait-client').SendWaitTarget} target */
async function sendWaitSteps(steps, target) {
	const { sandbox, webhookBase } = target;
	const client = await steps.step(
		'Send and Wait: four workflows created and activated (REST)',
		async () => await sendWaitClient(target, ['approval', 'freeText', 'customForm', 'limit']),
	);
	if (!client) return;
	const { fake, messages, ask, outcome, lastExecution, settle } = client;
	/** @type {{ question: string, message: any } | undefined} */
	let expiring;
	await steps.step(
		'Send and Wait (limit 6 s): the question is posted; the wait limit is checked at the end',
		async () => {
			expiring = await ask('limit');
			expect(/⏳ Answer by /.test(expiring.message.content), `no deadline in "${expiring.message.content}"`);
		},
	);
	/** @type {{ question: string, message: any } | undefined} */
	let approval;
	await steps.step('Send and Wait: the question arrives with Approve and Decline URL buttons to n8n', async () => {
		approval = await ask('approval');
		const [[approve, decline]] = approval.message.buttons;
		expect(
			approve.text === '✅ Approve' && decline.text === '❌ Decline',
			`buttons: ${JSON.stringify(approval.message.buttons)}`,
		);
		for (const button of [approve, decline])
			expect(button.url.startsWith(`${webhookBase}/webhook-waiting/`), `button link ${button.url}`);
		const execution = await lastExecution('approval');
		expect(execution?.status === 'waiting', `execution is ${execution?.status}, expected waiting`);
	});
	await steps.step("Send and Wait: a crawler's GET and forged links leave the execution waiting", async () => {
		if (!approval) throw new Error('no question');
		const [[approve, decline]] = approval.message.buttons;
		for (const userAgent of ['', 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)', 'curl/8.5.0'])
			expect((await visit(approve.url, { userAgent })).status === 200, 'a crawler got an error page');
		const forged = new URL(decline.url);
		forged.searchParams.set('approved', 'true');
		const unsigned = new URL(approve.url);
		unsigned.searchParams.delete('signature');
		for (const url of [forged, unsigned]) {
			const answer = await visit(url.toString());
			expect(answer.status === 401, `a forged link got ${answer.status}, expected 401`);
		}
		await settle();
		const execution = await lastExecution('approval');
		expect(execution?.status === 'waiting', `execution is ${execution?.status} after crawler/forged requests`);
		expect(!outcome(approval.question), 'the workflow went on after a crawler or a forged link');
	});
	await steps.step(
		'Send and Wait: a person clicks Approve → approved: true, message edited; a second click runs nothing',
		async () => {
			if (!approval) throw new Error('no question');
			const [[approve, decline]] = approval.message.buttons;
			const click = await visit(approve.url);
			expect(click.status === 200 && click.text.includes('✅ Approved'), `click answered ${click.status}`);
			const reported = await waitFor('the outcome message', () => outcome(approval?.question ?? ''));
			expect(/"approved":true/.test(reported.content), `outcome: ${reported.content}`);
			const edited = fake.state.messages.get(approval.message.id);
			expect(!edited.buttons && edited.content.endsWith('\n\n✅ Approved'), `message now: ${JSON.stringify(edited)}`);
			const again = await visit(decline.url);
			expect(again.status < 500, `a second click answered ${again.status}`);
			await settle();
			const reports = messages().filter((m) => m.content.startsWith(`Outcome of ${approval?.question}: `));
			expect(reports.length === 1, `${reports.length} outcome messages after the second click`);
			expect((await lastExecution('approval'))?.status === 'success', 'the execution did not end in success');
		},
	);
	await steps.step(
		'Send and Wait: Decline (pressed with the sandbox, as `npm run sandbox -- press`) gives approved: false',
		async () => {
			const { question, message } = await ask('approval');
			const pressed = /** @type {any} */ (await press(sandbox, { message_id: message.id, data: '❌ Decline' }));
			expect(pressed.status === 200 && /Declined/.test(pressed.page), `press: ${JSON.stringify(pressed)}`);
			const reported = await waitFor('the outcome message', () => outcome(question));
			expect(/"approved":false/.test(reported.content), `outcome: ${reported.content}`);
			expect(fake.state.messages.get(message.id).content.endsWith('❌ Declined'), 'message not marked declined');
		},
	);
	await steps.step('Send and Wait: Free Text — the page opens, the answer comes through as data.text', async () => {
		const { question, message } = await ask('freeText');
		const url = message.buttons[0][0].url;
		const page = await visit(url);
		expect(
			page.status === 200 && page.text.includes('name="field-0"'),
			`form page: ${page.status} ${page.text.slice(0, 200)}`,
		);
		expect(!page.text.includes(fake.tokens.bot) && !page.text.includes(sandbox.signingSecret), 'a secret on the page');
		await visit(url, { method: 'POST', form: { 'field-0': 'Ship it on Friday' } });
		const reported = await waitFor('the outcome message', () => outcome(question));
		expect(/"text":"Ship it on Friday"/.test(reported.content), `outcome: ${reported.content}`);
	});
	await steps.step(
		"Send and Wait: Custom Form (filled with the sandbox's press) — fields come through by label",
		async () => {
			const { question, message } = await ask('customForm');
			const opened = /** @type {any} */ (await press(sandbox, { message_id: message.id }));
			expect(JSON.stringify(opened.form) === '["Name","Copies"]', `press without values: ${JSON.stringify(opened)}`);
			await press(sandbox, { message_id: message.id, values: { Name: 'Anna', Copies: 3 } });
			const reported = await waitFor('the outcome message', () => outcome(question));
			expect(/"Name":"Anna","Copies":3/.test(reported.content), `outcome: ${reported.content}`);
		},
	);
	await steps.step('Send and Wait: the wait limit ends the execution; a click after it runs nothing', async () => {
		if (!expiring) throw new Error('no question');
		const question = expiring.question;
		// n8n's wait tracker looks for due executions once a minute.
		const reported = await waitFor('the outcome after the limit', () => outcome(question), {
			timeoutMs: 150000,
			everyMs: 1000,
		});
		expect(reported.content.endsWith(': "expired"'), `outcome: ${reported.content}`);
		const late = await visit(expiring.message.buttons[0][0].url);
		expect(late.status < 500, `a late click answered ${late.status}`);
		await settle();
		expect(
			messages().filter((m) => m.content.startsWith(`Outcome of ${question}: `)).length === 1,
			'a late click ran it again',
		);
	});
}

module.exports = { sendWaitSteps };
