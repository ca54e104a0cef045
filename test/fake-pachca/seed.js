// @ts-check
'use strict';
// Deterministic data: the three token users (always) and the demo workspace (`seed: true`):
// people, tags, custom properties and chats here; conversation content in seed-content.js.
// Fixed timestamps and small ids; no randomness.

const { scopesForRole } = require('./scopes');
const { seedContent, at } = require('./seed-content');

/** @typedef {import('./state').FakeState} FakeState */

const JOINED = '2024-06-03T08:00:00.000Z';

/** Default webhook settings of a bot (the fields of BotWebhook). @param {string} name @param {string} nickname */
function defaultWebhook(name, nickname) {
	return {
		name,
		nickname,
		outgoing_url: null,
		events: ['message_new', 'reaction_new', 'button_click'],
		trigger_on: 'all_messages',
		commands: [],
		scopes: scopesForRole('bot'),
		template: null,
		template_engine: 'liquid',
		challenge_key: null,
		link_preview_enabled: true,
		ignore_self_messages: true,
		events_history_enabled: true,
		single_chat: false,
		can_edit: ['admin'],
		who_can_add: 'creator_admin',
	};
}

/**
 * Owner (1), admin (2) and bot (3) users, the bot's record, and their tokens.
 * @param {FakeState} state
 * @param {{ bot: string, admin: string, owner: string }} tokens
 */
function seedBase(state, tokens) {
	const base = { created_at: JOINED, last_activity_at: at(0) };
	// prettier-ignore
	{
		state.addUser({ ...base, id: 1, first_name: 'Ivan', last_name: 'Petrov', nickname: 'ivan.petrov',
			email: 'ivan.petrov@example.com', role: 'admin', department: 'Management', title: 'CEO' });
		state.addUser({ ...base, id: 2, first_name: 'Maria', last_name: 'Smirnova', nickname: 'maria.smirnova',
			email: 'maria.smirnova@example.com', role: 'admin', department: 'Operations', title: 'Office manager' });
		state.addUser({ ...base, id: 3, first_name: 'Demo Bot', last_name: '', nickname: 'demo_bot', role: 'user', bot: true, time_zone: null });
	}
	state.ownerId = 1;
	const webhook = { ...defaultWebhook('Demo Bot', 'demo_bot'), commands: ['/help'] };
	state.bots.set(3, { id: 3, creator_id: 1, webhook });
	state.addToken(tokens.owner, { role: 'owner', user_id: 1, name: 'Owner token' });
	state.addToken(tokens.admin, { role: 'admin', user_id: 2, name: 'Admin token' });
	state.addToken(tokens.bot, { role: 'bot', user_id: 3, bot_id: 3, name: null });
}

/** @type {Array<[number, string, string, string, string, string, string[], Record<string, any>]>} */
// prettier-ignore
const PEOPLE = [
	// id, first, last, nickname, department, title, list_tags, extra fields
	[4, 'Anna', 'Ivanova', 'anna', 'Design', 'Product designer', ['Design'], { phone_number: '+79001110004',
		custom_properties: [{ id: 701, value: 'Moscow' }] }],
	[5, 'Pavel', 'Sokolov', 'pavel', 'Engineering', 'Backend developer', ['Backend'], {}],
	[6, 'Elena', 'Kuznetsova', 'elena', 'Engineering', 'Frontend developer', ['Frontend', 'Design'], {}],
	[7, 'Dmitry', 'Volkov', 'dmitry', 'Engineering', 'Team lead', ['Backend'], {}],
	[8, 'Olga', 'Morozova', 'olga', 'Marketing', 'Marketing manager', [], { suspended: true }],
	[9, 'Sergey', 'Lebedev', 'sergey', 'Sales', 'Account manager', [], { role: 'guest', invite_status: 'sent',
		inviter_id: 2, last_activity_at: null }],
];

// prettier-ignore
const PROPERTIES = [
	[701, 'User', 'City', 'string'], [702, 'User', 'Birthday', 'date'],
	[703, 'Task', 'Warehouse', 'string'], [704, 'Task', 'Budget', 'number'],
];

/** @param {FakeState} state */
function seedDemo(state) {
	for (const [id, first_name, last_name, nickname, department, title, list_tags, extra] of PEOPLE) {
		const email = `${first_name}.${last_name}@example.com`.toLowerCase();
		// prettier-ignore
		state.addUser({ id, first_name, last_name, nickname, email, department, title, list_tags, created_at: JOINED,
			last_activity_at: at(30), ...extra });
	}
	state.statuses.set(5, {
		emoji: '🏖',
		title: 'On vacation',
		expires_at: '2025-02-01T00:00:00.000Z',
		is_away: true,
		away_message: 'Back in February',
	});
	for (const [id, name] of /** @type {const} */ ([
		[11, 'Design'],
		[12, 'Backend'],
		[13, 'Frontend'],
	])) {
		state.groupTags.set(id, { id, name });
	}
	state.seq.groupTag = 14;
	for (const [id, entity_type, name, data_type] of PROPERTIES) {
		state.customProperties.set(Number(id), { id, entity_type, name, data_type });
	}
	state.seq.customProperty = 705;

	/** @type {Array<[number, string]>} */
	// prettier-ignore
	const everyone = [[2, 'admin'], [3, 'member'], [4, 'member'], [5, 'member'], [6, 'editor'], [7, 'member'], [8, 'member'], [9, 'member']];
	// prettier-ignore
	{
		state.addChat({ id: 101, name: 'General', created_at: '2025-01-10T09:00:00.000Z', owner_id: 1, channel: true, public: true }, everyone);
		state.addChat({ id: 102, name: 'Project Apollo', created_at: '2025-01-11T09:00:00.000Z', owner_id: 2,
			group_tag_ids: [12] }, [[3, 'admin'], [4, 'member'], [5, 'member'], [6, 'editor'], [7, 'member']]);
		state.addChat({ id: 103, name: 'Old announcements', created_at: '2024-09-01T09:00:00.000Z', owner_id: 1,
			channel: true, archived: true }, [[2, 'admin'], [3, 'member']]);
		state.addChat({ id: 104, name: 'Anna Ivanova', created_at: '2025-01-12T09:00:00.000Z', owner_id: 3, personal: true }, [[4, 'member']]);
	}
	seedContent(state);
}

module.exports = { seedBase, seedDemo, defaultWebhook };
