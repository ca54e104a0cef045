// @ts-check
'use strict';
// In-memory store. Collections are plain Maps keyed by id (arrays for append-only logs) so
// tests can read and seed them directly; stored records may be partial — render.js fills the
// spec's defaults. The add* helpers keep derived data (members, last_message_at) consistent.

const { userDefaults, chatDefaults, messageDefaults } = require('./defaults');

/** Id ranges differ per kind so a chat id passed where a user id belongs is caught as 404. */
// prettier-ignore
const FIRST_IDS = {
	user: 1, groupTag: 11, chat: 101, task: 301, thread: 501, customProperty: 701, export: 801, file: 901,
	message: 1001, token: 4001, reaction: 101, event: 1, audit: 1, upload: 1, trigger: 1,
};

class FakeState {
	/** @param {{ now?: () => number }} [opt] */
	constructor(opt = {}) {
		this.clock = opt.now || Date.now;
		this.ownerId = 0;
		/** @type {Record<keyof typeof FIRST_IDS, number>} */
		this.seq = { ...FIRST_IDS };
		/** @type {Map<number, any>} */ this.users = new Map();
		/** @type {Map<number, any>} */ this.chats = new Map();
		/** chatId → [{ user_id, role: 'owner'|'admin'|'editor'|'member' }] @type {Map<number, Array<{ user_id: number, role: string }>>} */
		this.members = new Map();
		/** @type {Map<number, any>} */ this.messages = new Map();
		/** @type {Map<number, any>} */ this.threads = new Map();
		/** messageId → [{ id, user_id, code, name, created_at }] @type {Map<number, any[]>} */
		this.reactions = new Map();
		/** messageId → user ids who read it @type {Map<number, number[]>} */
		this.readers = new Map();
		/** @type {Map<number, any>} */ this.groupTags = new Map();
		/** @type {Map<number, any>} */ this.tasks = new Map();
		/** bot id (= the bot's user id) → { id, creator_id, webhook } @type {Map<number, any>} */
		this.bots = new Map();
		/** @type {Map<number, any>} */ this.customProperties = new Map();
		/** @type {any[]} */ this.webhookEvents = [];
		/**
		 * Called for each event a bot subscribes to (the sandbox delivers it to the bot's outgoing_url).
		 * @type {((bot: any, eventName: string, payload: object) => void) | null}
		 */
		this.onWebhook = null;
		/** @type {any[]} */ this.auditEvents = [];
		/** @type {Map<number, any>} */ this.exports = new Map();
		/** final file key → { key, filename, contentType, size, content, uploaded_at } @type {Map<string, any>} */
		this.uploads = new Map();
		/** signature → issued upload params (POST /uploads) @type {Map<string, any>} */
		this.uploadGrants = new Map();
		/** userId → { emoji, title, expires_at, is_away, away_message } @type {Map<number, any>} */
		this.statuses = new Map();
		/** token string → { id, token, role, user_id, name, created_at, last_used_at, scopes? } @type {Map<string, any>} */
		this.tokens = new Map();
		/** trigger_id → issued-at ms (for POST /views/open) @type {Map<string, number>} */
		this.triggers = new Map();
		/** @type {any[]} */ this.views = [];
		/** messageId → { url: LinkPreview } @type {Map<number, any>} */
		this.linkPreviews = new Map();
	}

	/** @param {keyof typeof FIRST_IDS} kind */
	nextId(kind) {
		return this.seq[kind]++;
	}

	nowIso() {
		return new Date(this.clock()).toISOString();
	}

	/** @param {any} p */
	addUser(p) {
		const id = p.id || this.nextId('user');
		if (id >= this.seq.user) this.seq.user = id + 1;
		const u = { ...userDefaults(id, this.nowIso()), ...p, id };
		this.users.set(id, u);
		return u;
	}

	/**
	 * @param {any} p chat fields
	 * @param {Array<[number, string]>} [members] [userId, role] pairs; p.owner_id becomes 'owner'
	 */
	addChat(p, members = []) {
		const id = p.id || this.nextId('chat');
		if (id >= this.seq.chat) this.seq.chat = id + 1;
		const created = p.created_at || this.nowIso();
		const c = { ...chatDefaults(created), ...p, id, created_at: created };
		this.chats.set(id, c);
		this.members.set(id, []);
		if (c.owner_id) this.addMember(id, c.owner_id, 'owner');
		for (const [uid, role] of members) this.addMember(id, uid, role);
		return c;
	}

	/** Adds (or keeps) a member; returns true when newly added. @param {number} chatId @param {number} userId @param {string} [role] */
	addMember(chatId, userId, role = 'member') {
		const list = this.members.get(chatId) || [];
		this.members.set(chatId, list);
		if (list.some((m) => m.user_id === userId)) return false;
		list.push({ user_id: userId, role });
		return true;
	}

	/** @param {number} chatId */
	memberIds(chatId) {
		return (this.members.get(chatId) || []).map((m) => m.user_id);
	}

	/** @param {number} chatId @param {number} userId */
	isMember(chatId, userId) {
		return this.memberIds(chatId).includes(userId);
	}

	/** @param {any} p message fields; chat_id and user_id required */
	addMessage(p) {
		const id = p.id || this.nextId('message');
		if (id >= this.seq.message) this.seq.message = id + 1;
		const created = p.created_at || this.nowIso();
		const m = { ...messageDefaults(created), ...p, id, created_at: created };
		this.messages.set(id, m);
		const chat = this.chats.get(m.chat_id);
		if (chat && chat.last_message_at < created) chat.last_message_at = created;
		const thread = this.threadOfChat(m.chat_id);
		if (thread && thread.updated_at < created) thread.updated_at = created;
		if (!this.readers.has(id)) this.readers.set(id, [m.user_id]);
		return m;
	}

	/**
	 * Thread on a message (or standalone when message is null): creates its thread chat.
	 * @param {any|null} message
	 * @param {number} creatorId
	 * @param {{ id?: number, chat_id?: number, created_at?: string }} [p]
	 */
	addThread(message, creatorId, p = {}) {
		const id = p.id || this.nextId('thread');
		if (id >= this.seq.thread) this.seq.thread = id + 1;
		const created = p.created_at || this.nowIso();
		const root = message ? this.chats.get(message.chat_id) : null;
		const members = /** @type {Array<[number, string]>} */ ([[creatorId, 'owner']]);
		if (message && message.user_id !== creatorId) members.push([message.user_id, 'member']);
		const name = root ? `Thread in ${root.name}` : 'Thread';
		const chat = this.addChat({ id: p.chat_id, name, created_at: created, thread_id: id }, members);
		const [messageId, messageChatId] = message ? [message.id, message.chat_id] : [null, null];
		// prettier-ignore
		const t = { id, chat_id: chat.id, message_id: messageId, message_chat_id: messageChatId, updated_at: created };
		this.threads.set(id, t);
		return t;
	}

	/** @param {number} chatId */
	threadOfChat(chatId) {
		const chat = this.chats.get(chatId);
		return chat && chat.thread_id ? this.threads.get(chat.thread_id) : undefined;
	}

	/** @param {number} messageId */
	threadOfMessage(messageId) {
		for (const t of this.threads.values()) if (t.message_id === messageId) return t;
		return undefined;
	}

	/** The one personal chat between two users, created on first use. @param {number} a @param {number} b */
	personalChat(a, b) {
		for (const c of this.chats.values()) {
			if (!c.personal) continue;
			const ids = this.memberIds(c.id);
			if (ids.length === 2 && ids.includes(a) && ids.includes(b)) return c;
		}
		const other = this.users.get(b) || {};
		const name = [other.first_name, other.last_name].filter(Boolean).join(' ') || other.nickname || `user${b}`;
		return this.addChat({ name, owner_id: a, personal: true }, [[b, 'member']]);
	}

	/** Users whose list_tags hold the tag's name (tag membership is stored on the user). @param {any} tag */
	tagUsers(tag) {
		return [...this.users.values()].filter((u) => (u.list_tags || []).includes(tag.name));
	}

	/** @param {string} token @param {{ role: string, user_id: number, name?: string|null, bot_id?: number }} p */
	addToken(token, p) {
		const base = { id: this.nextId('token'), token, name: null, created_at: this.nowIso() };
		const rec = { ...base, last_used_at: null, ...p };
		this.tokens.set(token, rec);
		return rec;
	}
}

module.exports = { FakeState };
