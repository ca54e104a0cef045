// @ts-check
'use strict';
// What each example workflow must have done to the sandbox workspace, read from its state.

const { expect } = require('./runner');

/** @typedef {import('../../scripts/sandbox/server').PachcaSandbox} PachcaSandbox */

const DEMO_BOT = 3;
const GENERAL = 101;

/** Highest message id so far: messages created later have larger ids. @param {PachcaSandbox} sb */
const lastMessageId = (sb) => Math.max(0, ...sb.fake.state.messages.keys());

/** @param {PachcaSandbox} sb @param {number} after @param {(m: any) => boolean} [test] */
function newMessages(sb, after, test = () => true) {
	return [...sb.fake.state.messages.values()].filter((m) => m.id > after && !m.deleted_at && test(m));
}

/**
 * Example 1: the bot's message in General with a link button, a data button and the uploaded file.
 * @param {PachcaSandbox} sb
 * @param {number} after
 */
function checkMessageWithButtonsAndFile(sb, after) {
	const [m] = newMessages(sb, after, (x) => x.chat_id === GENERAL && x.user_id === DEMO_BOT);
	expect(m, `no new message from the bot in General (new messages: ${JSON.stringify(newMessages(sb, after))})`);
	const buttons = (m.buttons || []).flat();
	expect(
		buttons.some((/** @type {any} */ b) => b.url === 'https://example.com/dashboard'),
		`no link button: ${JSON.stringify(m.buttons)}`,
	);
	expect(
		buttons.some((/** @type {any} */ b) => b.data === 'report-ack'),
		`no data button: ${JSON.stringify(m.buttons)}`,
	);
	const file = (m.files || [])[0];
	expect(file && file.name === 'weekly-report.txt', `no attached weekly-report.txt: ${JSON.stringify(m.files)}`);
	const upload = sb.fake.state.uploads.get(file.key);
	expect(
		upload && String(upload.content).startsWith('Weekly report'),
		`the attached file was not uploaded with the report text (key ${file.key})`,
	);
	return m;
}

/**
 * Example 2: a channel for the Design tag (Anna 4 and Elena 6) and a welcome mentioning both.
 * @param {PachcaSandbox} sb
 * @param {number} after
 */
function checkChannelFromTag(sb, after) {
	const { state } = sb.fake;
	const chat = [...state.chats.values()].find((c) => c.name === 'Design guild');
	expect(chat, 'no chat named "Design guild"');
	expect(chat.channel === true, `"Design guild" is not a channel: ${JSON.stringify(chat)}`);
	const members = state.memberIds(chat.id);
	expect(members.includes(4) && members.includes(6), `the Design tag's people (4, 6) are not members: ${members}`);
	const [welcome] = newMessages(sb, after, (m) => m.chat_id === chat.id);
	expect(welcome, `no message in "Design guild" (${chat.id})`);
	expect(
		/@anna/.test(welcome.content) && /@elena/.test(welcome.content),
		`the welcome does not mention @anna and @elena: ${welcome.content}`,
	);
	return welcome;
}

/**
 * Example 5: a report in General listing the chats quiet for 30 days (the demo's January chats).
 * @param {PachcaSandbox} sb
 * @param {number} after
 */
function checkInactiveReport(sb, after) {
	const [m] = newMessages(sb, after, (x) => x.chat_id === GENERAL && x.user_id === DEMO_BOT);
	expect(m, 'no report message from the bot in General');
	expect(/inactive for 30 days \(\d+\)/.test(m.content), `not a report of inactive chats: ${m.content}`);
	expect(
		m.content.includes('Project Apollo'),
		`"Project Apollo" (quiet since January 2025) is not listed: ${m.content}`,
	);
	expect(!m.content.includes('• General'), `General was just active but is listed: ${m.content}`);
	return m;
}

/** Example 3: the bot's reply in the thread of the /echo message. @param {PachcaSandbox} sb @param {number} messageId */
function echoReply(sb, messageId) {
	const thread = sb.fake.state.threadOfMessage(messageId);
	if (!thread) return undefined;
	return [...sb.fake.state.messages.values()].find((m) => m.chat_id === thread.chat_id && m.user_id === DEMO_BOT);
}

module.exports = {
	lastMessageId,
	newMessages,
	checkMessageWithButtonsAndFile,
	checkChannelFromTag,
	checkInactiveReport,
	echoReply,
	DEMO_BOT,
	GENERAL,
};
