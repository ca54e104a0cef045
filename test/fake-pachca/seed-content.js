// @ts-check
'use strict';
// Demo conversation content: ten messages in "General" (one with a thread, one bot report
// with buttons and a file), a few more chats' messages, reactions, read marks, tasks, bot
// event history, audit log entries and one ready export.

const { eventId, auditId } = require('./events');

/** @typedef {import('./state').FakeState} FakeState */

/** ISO time `min` minutes after 2025-01-15T09:00Z (the demo conversation day). @param {number} min */
const at = (min) => new Date(Date.UTC(2025, 0, 15, 9, min)).toISOString();

// prettier-ignore
const GENERAL = [
	[1, 'Good morning, team! The weekly sync starts at 11:00.'], [2, 'The office will be closed on Friday.'],
	[4, 'New onboarding screens are ready for review.'], [5, 'Deployed the API release 2.3 to staging.'],
	[3, 'Daily report: 12 tasks closed, 3 in progress.'], [6, 'Frontend build is green again.'],
	[7, 'Who can review the payments pull request?'], [1, 'Reminder: submit your expense reports.'],
	[4, 'Design review moved to 15:00.'], [3, 'Build #418 finished successfully.'],
];

// prettier-ignore
const AUDIT = [
	['user_login', 'User', 1, 1, {}], ['chat_created', 'Chat', 102, 2, {}], ['user_chat_join', 'Chat', 102, 5, { inviter_id: 2 }],
	['tag_created', 'GroupTag', 12, 2, { name: 'Backend' }], ['message_created', 'Message', 1004, 5, {}],
	['chat_renamed', 'Chat', 101, 1, { old_name: 'Main', new_name: 'General' }],
];

/** @param {FakeState} state */
function seedMessages(state) {
	GENERAL.forEach(([user_id, content], i) => {
		state.addMessage({ id: 1001 + i, chat_id: 101, user_id, content, created_at: at(i * 10) });
	});
	const report = state.messages.get(1005);
	report.buttons = [
		[
			{ text: 'Open report', url: 'https://example.com/report' },
			{ text: 'Acknowledge', data: 'ack' },
		],
	];
	const key = 'attaches/files/3/seed/report.pdf';
	report.files = [{ id: 901, key, name: 'report.pdf', file_type: 'file', size: 18 }];
	const content = Buffer.from('%PDF-1.4 fake pdf\n');
	// prettier-ignore
	state.uploads.set(key, { key, filename: 'report.pdf', contentType: 'application/pdf', size: content.length,
		content, uploaded_at: at(40) });
	state.seq.file = 902;
	state.messages.get(1001).pinned = true;

	const thread = state.addThread(state.messages.get(1003), 1, {
		id: 501,
		chat_id: 105,
		created_at: at(21),
	});
	state.addMember(thread.chat_id, 3, 'member');
	// prettier-ignore
	{
		state.addMessage({ id: 1011, chat_id: 105, user_id: 1, content: 'Looks great! Ship it.', created_at: at(22) });
		state.addMessage({ id: 1012, chat_id: 105, user_id: 4, content: 'Thanks, merging today.', created_at: at(25) });
		state.addMessage({ id: 1013, chat_id: 102, user_id: 5, content: 'Apollo kickoff notes are in the wiki.', created_at: at(60) });
		state.addMessage({ id: 1014, chat_id: 104, user_id: 4, content: 'Hi bot, can you send me the daily report?', created_at: at(70) });
		state.addMessage({ id: 1015, chat_id: 103, user_id: 1, content: 'This channel is archived.', created_at: '2024-09-02T09:00:00.000Z' });
	}
	// prettier-ignore
	state.reactions.set(1001, [
		{ id: 1, user_id: 2, code: '👍', name: ':+1:', created_at: at(1) },
		{ id: 2, user_id: 4, code: '👍', name: ':+1:', created_at: at(2) },
		{ id: 3, user_id: 5, code: '🔥', name: ':fire:', created_at: at(3) },
	]);
	state.reactions.set(1003, [{ id: 4, user_id: 1, code: '🎉', name: ':tada:', created_at: at(23) }]);
	for (let i = 0; i < 10; i++) state.readers.set(1001 + i, [1, 2, 3, 4, 5, 6, 7].slice(0, 7 - (i % 4)));
}

/** @param {FakeState} state */
function seedRecords(state) {
	// prettier-ignore
	{
		state.tasks.set(301, { id: 301, kind: 'reminder', content: 'Send the weekly report',
			due_at: '2025-01-17T15:00:00.000Z', priority: 2, user_id: 1, chat_id: null, status: 'undone',
			created_at: at(5), performer_ids: [2], all_day: false, custom_properties: [] });
		state.tasks.set(302, { id: 302, kind: 'call', content: 'Call the warehouse', due_at: null, priority: 1,
			user_id: 3, chat_id: 102, status: 'done', created_at: at(15), performer_ids: [3], all_day: false,
			custom_properties: [{ id: 703, value: 'Blue warehouse' }] });
	}
	state.seq.task = 303;

	const ts = (/** @type {string} */ iso) => Math.floor(Date.parse(iso) / 1000);
	/** @type {Array<[string, any, string]>} */
	// prettier-ignore
	const events = [
		['message_new', { type: 'message', id: 1010, event: 'new', entity_type: 'discussion', entity_id: 101,
			content: 'Build #418 finished successfully.', user_id: 3, created_at: at(90), url: '/chats/101?message=1010',
			chat_id: 101, parent_message_id: null, thread: null }, at(90)],
		['reaction_new', { type: 'reaction', event: 'new', chat_id: 101, message_id: 1001, code: '🔥', name: ':fire:',
			user_id: 5, created_at: at(3) }, at(3)],
		['button_click', { type: 'button', event: 'click', message_id: 1005, trigger_id: 'seed-trigger-expired',
			data: 'ack', user_id: 4, chat_id: 101 }, at(45)],
	];
	for (const [event_type, payload, created_at] of events) {
		const n = state.nextId('event');
		const full = { ...payload, webhook_timestamp: ts(created_at) };
		state.webhookEvents.push({
			id: eventId(n),
			seq: n,
			bot_id: 3,
			event_type,
			payload: full,
			created_at,
		});
	}
	// The button click's trigger_id is long expired: POST /views/open with it answers 410.
	state.triggers.set('seed-trigger-expired', Date.parse(at(45)));

	AUDIT.forEach(([event_key, entity_type, entity_id, actor_id, details], i) => {
		const n = state.nextId('audit');
		// prettier-ignore
		state.auditEvents.push({ id: auditId(n), seq: n, created_at: at(i * 7), event_key, entity_id: String(entity_id),
			entity_type, actor_id: String(actor_id), actor_type: 'User', details, ip_address: '192.168.1.10',
			user_agent: 'Pachca/3.60.0' });
	});
	// prettier-ignore
	state.exports.set(801, { id: 801, start_at: '2025-01-01', end_at: '2025-01-15',
		webhook_url: 'http://127.0.0.1:9/export-ready', chat_ids: [], skip_chats_file: false, status: 'ready',
		created_at: at(100), requested_by: 1 });
	state.seq.export = 802;
}

/** @param {FakeState} state */
function seedContent(state) {
	seedMessages(state);
	seedRecords(state);
}

module.exports = { seedContent, at };
