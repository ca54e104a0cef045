// @ts-check
'use strict';
// The Pachca sandbox: the fake Pachca (test/fake-pachca) with its demo workspace as a standalone
// server on 127.0.0.1, sending signed outgoing webhooks to the URL a bot registers, plus a few
// sandbox-only routes under /_sandbox (outside Pachca's /api/shared/v1) to act as a person, and a
// small page at / that shows chats and messages.

const fs = require('node:fs');
const { FakePachca } = require('../../test/fake-pachca');
const { WebhookDispatcher } = require('../../test/fake-pachca/webhooks');
const { handleControl } = require('./control');

const DEFAULT_PORT = 5690;
const DEFAULT_SECRET = 'sandbox-signing-secret';
/** The demo bot listens to everything a chat bot can get (the fake's default is a smaller set). */
// prettier-ignore
const DEMO_BOT_EVENTS = [
	'message_new', 'message_update', 'message_delete', 'reaction_new', 'reaction_delete', 'button_click',
	'chat_member_add', 'chat_member_remove',
];

/** What the demo bot's incoming webhook makes of a posted body (`{{ field }}` substitution). */
const DEMO_BOT_TEMPLATE = '📣 {{ text }}';

class PachcaSandbox {
	/**
	 * @param {{ port?: number, signingSecret?: string, log?: (line: string) => void, botsFile?: string }} [options]
	 *   botsFile: keeps the bots' webhook settings between runs, as Pachca does (n8n does not
	 *   register an active trigger again when it restarts); chats and messages start fresh.
	 */
	constructor(options = {}) {
		this.signingSecret = options.signingSecret ?? DEFAULT_SECRET;
		this.log = options.log ?? ((line) => console.log(`[sandbox] ${line}`));
		// Export-ready webhooks go out as Pachca sends them (an export's webhook_url may be n8n's Wait node).
		this.fake = new FakePachca({ seed: true, port: options.port ?? DEFAULT_PORT, deliverExportWebhooks: true });
		const demoBot = this.fake.state.bots.get(3);
		if (demoBot) Object.assign(demoBot.webhook, { events: [...DEMO_BOT_EVENTS], template: DEMO_BOT_TEMPLATE });
		this.dispatcher = new WebhookDispatcher(this.fake, { secret: this.signingSecret, log: this.log });
		/** trigger_id → chat of the clicked button (a form submit reports it as chat_id). @type {Map<string, number>} */
		this.triggerChats = new Map();
		/** Indexes into state.views of forms already submitted. @type {Set<number>} */
		this.submittedViews = new Set();
		this.botsFile = options.botsFile;
		this.loadBots();
		const handleApi = this.fake.handle.bind(this.fake);
		this.fake.handle = async (req, res) => {
			if (await handleControl(this, req, res)) return;
			await handleApi(req, res);
			if (req.method === 'PUT' && /\/bots?\//.test(req.url || '')) this.saveBots();
		};
	}

	loadBots() {
		if (!this.botsFile || !fs.existsSync(this.botsFile)) return;
		const saved = JSON.parse(fs.readFileSync(this.botsFile, 'utf8'));
		for (const [id, webhook] of Object.entries(saved)) {
			const bot = this.fake.state.bots.get(Number(id));
			if (bot) Object.assign(bot.webhook, webhook);
		}
	}

	saveBots() {
		if (!this.botsFile) return;
		/** @type {Record<string, object>} */
		const out = {};
		for (const bot of this.fake.state.bots.values()) {
			const { outgoing_url, events, trigger_on, commands } = bot.webhook;
			out[bot.id] = { outgoing_url, events, trigger_on, commands };
		}
		fs.writeFileSync(this.botsFile, JSON.stringify(out, null, 2));
	}

	get url() {
		return this.fake.origin;
	}

	get baseUrl() {
		return this.fake.baseUrl;
	}

	/** Credential fields for the sandbox. */
	get credentials() {
		const { bot, admin, owner } = this.fake.tokens;
		return {
			baseUrl: this.baseUrl,
			botToken: bot,
			adminToken: admin,
			ownerToken: owner,
			signingSecret: this.signingSecret,
		};
	}

	/** The demo bot's incoming webhook URL: a POST makes a message in every group chat it is in. */
	get incomingWebhookUrl() {
		return this.fake.incomingWebhookUrl(3);
	}

	/** The demo bot's current outgoing webhook URL ('' when none). */
	get botWebhookUrl() {
		return this.fake.state.bots.get(3)?.webhook.outgoing_url || '';
	}

	async start() {
		try {
			await this.fake.start();
		} catch (error) {
			const code = /** @type {any} */ (error).code;
			if (code === 'EADDRINUSE')
				throw new Error(
					`Port ${this.fake.options.port} is taken: is another sandbox running? Set PACHCA_SANDBOX_PORT to use another port.`,
				);
			throw error;
		}
		this.dispatcher.attach();
		return this;
	}

	async stop() {
		this.dispatcher.detach();
		await this.dispatcher.settle(3000);
		await this.fake.stop();
	}
}

module.exports = { PachcaSandbox, DEFAULT_PORT, DEFAULT_SECRET };
