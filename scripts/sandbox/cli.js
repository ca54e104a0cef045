// @ts-check
'use strict';
// `npm run sandbox -- <command>`: act as a person in the running Pachca sandbox (started by
// `npm start`, or by `npm run sandbox -- serve`), over loopback HTTP.
//
//   say "/deploy prod" [--chat 101] [--as 4] [--reply-to <message id>]
//   press [<button data or text>] [--message <id>] [--as 4] [--values '{"Response": "ok"}']
//                                                a URL button is followed as a browser would
//   submit ['{"field": "value"}'] [--as 4]      the newest open form; unset fields get defaults
//   react [<message id>] [--emoji 👍] [--as 4]
//   chats | users | messages [--chat 101] [--limit 20] | deliveries | status
//   serve [--port 5690]                          run a sandbox on its own (no n8n)

const { PachcaSandbox, DEFAULT_PORT } = require('./server');

const USAGE = `Usage: npm run sandbox -- <command>
  say "<text>" [--chat 101] [--as 4] [--reply-to <id>]   post as a person (Anna, user 4, by default)
  press [<data|text>] [--message <id>] [--as 4]            press a button (newest bot message with one): a data
        [--values '{"<field label>": "…"}']                 button goes to the bot, a URL button is followed as a
                                                           browser would, --values fills the form it opens
  submit ['<json values>'] [--as 4]                        submit the newest open form
  react [<message id>] [--emoji 👍] [--as 4]               add a reaction
  chats | users | messages [--chat 101] [--limit 20] | deliveries | status
  serve [--port ${DEFAULT_PORT}]                                run a standalone sandbox
Sandbox address: PACHCA_SANDBOX_URL (default http://127.0.0.1:${process.env.PACHCA_SANDBOX_PORT || DEFAULT_PORT}).`;

/** @param {string[]} argv */
function parseArgs(argv) {
	/** @type {string[]} */
	const positional = [];
	/** @type {Record<string, string>} */
	const flags = {};
	for (let i = 0; i < argv.length; i++) {
		if (argv[i].startsWith('--')) flags[argv[i].slice(2)] = argv[++i] ?? '';
		else positional.push(argv[i]);
	}
	return { command: positional[0] ?? 'help', rest: positional.slice(1), flags };
}

const sandboxUrl = () =>
	(process.env.PACHCA_SANDBOX_URL || `http://127.0.0.1:${process.env.PACHCA_SANDBOX_PORT || DEFAULT_PORT}`).replace(
		/\/+$/,
		'',
	);

/** @param {string} method @param {string} path @param {any} [body] */
async function call(method, path, body) {
	let response;
	try {
		response = await fetch(sandboxUrl() + path, {
			method,
			headers: { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
			signal: AbortSignal.timeout(30000),
		});
	} catch (error) {
		const reason = /** @type {any} */ (error).cause?.code || /** @type {any} */ (error).message;
		throw new Error(
			`No sandbox at ${sandboxUrl()} (${reason}). Start it with \`npm start\` or \`npm run sandbox -- serve\`.`,
		);
	}
	const out = /** @type {any} */ (await response.json());
	if (!response.ok) throw new Error(out.error || `HTTP ${response.status}`);
	return out;
}

/** @param {Record<string, string>} flags */
const as = (flags) => (flags.as ? Number(flags.as) : undefined);

/** @type {Record<string, (rest: string[], flags: Record<string, string>) => Promise<any>>} */
const COMMANDS = {
	say: (rest, f) =>
		call('POST', '/_sandbox/say', {
			text: rest.join(' '),
			chat_id: f.chat && Number(f.chat),
			user_id: as(f),
			parent_message_id: f['reply-to'] && Number(f['reply-to']),
		}),
	press: (rest, f) =>
		call('POST', '/_sandbox/press', {
			data: rest.join(' ') || undefined,
			message_id: f.message && Number(f.message),
			user_id: as(f),
			values: f.values ? JSON.parse(f.values) : undefined,
		}),
	submit: (rest, f) =>
		call('POST', '/_sandbox/submit', { values: rest.length ? JSON.parse(rest.join(' ')) : {}, user_id: as(f) }),
	react: (rest, f) =>
		call('POST', '/_sandbox/react', { message_id: rest[0] && Number(rest[0]), code: f.emoji, user_id: as(f) }),
	chats: () => call('GET', '/_sandbox/chats'),
	users: () => call('GET', '/_sandbox/users'),
	messages: (_rest, f) =>
		call('GET', `/_sandbox/messages?chat_id=${Number(f.chat || 101)}&limit=${Number(f.limit || 20)}`),
	deliveries: (_rest, f) => call('GET', `/_sandbox/deliveries?limit=${Number(f.limit || 20)}`),
	status: () => call('GET', '/_sandbox'),
};

/** @param {Record<string, string>} flags */
async function serve(flags) {
	const sandbox = await new PachcaSandbox({
		port: Number(flags.port || process.env.PACHCA_SANDBOX_PORT || DEFAULT_PORT),
	}).start();
	console.log(`Pachca sandbox: ${sandbox.url}/ (page), API ${sandbox.baseUrl}`);
	console.log(
		`Tokens: bot ${sandbox.credentials.botToken}, admin ${sandbox.credentials.adminToken}, ` +
			`owner ${sandbox.credentials.ownerToken}; signing secret ${sandbox.signingSecret}`,
	);
	console.log(`Demo Bot's incoming webhook: ${sandbox.incomingWebhookUrl}`);
	console.log('Press Ctrl+C to stop.');
	const stop = () => sandbox.stop().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

async function main() {
	const { command, rest, flags } = parseArgs(process.argv.slice(2));
	if (command === 'serve') return await serve(flags);
	const handler = COMMANDS[command];
	if (!handler) {
		console.log(USAGE);
		process.exitCode = command === 'help' ? 0 : 1;
		return;
	}
	console.log(JSON.stringify(await handler(rest, flags), null, 2));
}

main().catch((error) => {
	console.error(`sandbox: ${error.message}`);
	process.exit(1);
});
