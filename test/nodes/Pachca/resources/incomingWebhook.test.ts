import type {
	ICredentialsDecrypted,
	IDataObject,
	INodeExecutionData,
	INodeParameters,
	INodeProperties,
	INodeType,
} from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { loadedPackage, runNode } from '../../../harness';
import { pachcaDescription } from '../../../support/nodeFields';
import { credentialsFor, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();
const DEMO_BOT = 3;

/** Runs Incoming Webhook → Send with the webhook URL in its own credential. */
async function send(
	parameters: IDataObject,
	options: { items?: INodeExecutionData[]; url?: string; continueOnFail?: boolean } = {},
) {
	const result = await runNode({
		parameters: { resource: 'incomingWebhook', operation: 'send', ...parameters },
		credentials: credentialsFor(fake),
		otherCredentials: { pachcaIncomingWebhookApi: { secretUrl: options.url ?? fake.incomingWebhookUrl(DEMO_BOT) } },
		items: options.items,
		continueOnFail: options.continueOnFail,
	});
	return result.items.map((item: INodeExecutionData) => item.json);
}

async function failing(parameters: IDataObject, options: { items?: INodeExecutionData[]; url?: string } = {}) {
	const error = await send(parameters, options).then(
		(items) => new Error(`expected a failure, got ${JSON.stringify(items)}`),
		(thrown: Error & { description?: string }) => thrown,
	);
	if (/^expected a failure/.test(error.message)) throw error;
	return error as Error & { description?: string; httpCode?: string };
}

const webhookCalls = () => fake.requests.filter((r) => r.path.startsWith('/webhooks/'));
const newMessages = (after: number) => [...fake.state.messages.values()].filter((m) => m.id > after);
const lastId = () => Math.max(...fake.state.messages.keys());
const secretOf = (url: string) => url.split('/').pop() as string;

beforeAll(() => {
	fake.state.bots.get(DEMO_BOT).webhook.template = 'Order from {{ client }} for {{ order.amount }}';
});

describe('the credential each resource uses', () => {
	it('is the Pachca API credential everywhere but Incoming Webhook, which has its own (as the editor and n8n decide it)', async () => {
		const description = await pachcaDescription();
		const resources = (
			(description.properties.find((p) => p.name === 'resource')?.options ?? []) as Array<{ value: string }>
		).map((o) => o.value);
		const shown = (resource: string) => {
			// The parameters as n8n stores and fills them (defaults included), then the credentials whose displayOptions match.
			const parameters = NodeHelpers.getNodeParameters(
				description.properties,
				{ resource },
				true,
				false,
				null,
				description,
			) as INodeParameters;
			return (description.credentials ?? [])
				.filter((credential) => NodeHelpers.displayParameter(parameters, credential, null, description))
				.map((credential) => credential.name);
		};
		expect(
			resources.filter(
				(resource) =>
					shown(resource).join() !== (resource === 'incomingWebhook' ? 'pachcaIncomingWebhookApi' : 'pachcaApi'),
			),
		).toEqual([]);
	});

	it("offers the incoming webhook only the setting that applies to it (Pace Requests), the API's resources the token and all rates", async () => {
		const description = await pachcaDescription();
		/** The settings panel n8n shows for a resource: its label, options and the rate options. */
		const settingsFor = (resource: string) => {
			const parameters = { resource } as INodeParameters;
			const shown = description.properties.filter(
				(p) => p.name === 'nodeOptions' && NodeHelpers.displayParameter(parameters, p, null, description),
			);
			const options = (shown[0]?.options ?? []) as INodeProperties[];
			const rates = (options.find((o) => o.name === 'rateLimits')?.options ?? []) as INodeProperties[];
			return { count: shown.length, label: shown[0]?.displayName, options: options.map((o) => o.name), rates };
		};
		const webhook = settingsFor('incomingWebhook');
		expect(webhook).toMatchObject({ count: 1, label: 'Options', options: ['rateLimits'] });
		expect(webhook.rates.map((o) => o.name)).toEqual(['pace']);
		const message = settingsFor('message');
		expect(message).toMatchObject({
			count: 1,
			label: 'Token and Rate Limits',
			options: ['authenticateAs', 'rateLimits'],
		});
		expect(message.rates.map((o) => o.name)).toContain('messageWritesPerSecond');
	});

	it("tests an incoming webhook credential by the URL's form only, saying why, and never repeats the URL", async () => {
		const loader = await loadedPackage();
		const { methods } = loader.nodeTypes.pachca.type as INodeType;
		const credentialTest = methods?.credentialTest?.incomingWebhookUrl as (
			this: unknown,
			credential: ICredentialsDecrypted,
		) => Promise<{ status: string; message: string }>;
		const test = async (secretUrl: string) =>
			await credentialTest.call({}, { id: 'c', name: 'c', type: 'pachcaIncomingWebhookApi', data: { secretUrl } });
		expect(await test('https://api.pachca.com/webhooks/abc')).toEqual({
			status: 'OK',
			message: expect.stringMatching(/not called: that would post a message/),
		});
		expect(await test('')).toEqual({ status: 'Error', message: expect.stringMatching(/is empty/) });
		const bad = await test('ftp://files.example.com/webhooks/secret-part');
		expect(bad).toEqual({ status: 'Error', message: expect.stringMatching(/must start with https:\/\//) });
		expect(bad.message).not.toContain('secret-part');
	});
});

describe('Incoming Webhook → Send', () => {
	it("posts the input item's JSON; the bot's template makes one message in each of its group chats", async () => {
		const before = lastId();
		const item = { client: 'Acme', order: { amount: 120 } };
		const out = await send({}, { items: [{ json: item }] });
		expect(webhookCalls()).toEqual([expect.objectContaining({ method: 'POST', body: item, token: null })]);
		expect(webhookCalls()[0].headers.authorization).toBeUndefined();
		// General and Project Apollo; not the archived channel, the personal chat or the thread.
		expect(newMessages(before).map((m) => [m.chat_id, m.user_id, m.content])).toEqual([
			[101, DEMO_BOT, 'Order from Acme for 120'],
			[102, DEMO_BOT, 'Order from Acme for 120'],
		]);
		expect(out).toEqual([{ success: true, sent: item }]);
	});

	it('sends only the listed fields of the item, nested ones by dot path', async () => {
		const out = await send(
			{ fieldsToSend: 'client, order.amount' },
			{ items: [{ json: { client: 'Acme', order: { amount: 5, secret: 'x' }, note: 'n' } }] },
		);
		expect(webhookCalls()[0].body).toEqual({ client: 'Acme', order: { amount: 5 } });
		expect(out[0].sent).toEqual({ client: 'Acme', order: { amount: 5 } });
	});

	it('sends name/value fields (dots nest) or a JSON object', async () => {
		await send({
			specifyBody: 'keypair',
			bodyFields: {
				field: [
					{ name: 'client', value: 'Beta' },
					{ name: 'order.amount', value: '7' },
				],
			},
		});
		await send({ specifyBody: 'json', jsonBody: '{"client": "Gamma", "order": {"amount": 9}}' });
		expect(webhookCalls().map((r) => r.body)).toEqual([
			{ client: 'Beta', order: { amount: '7' } },
			{ client: 'Gamma', order: { amount: 9 } },
		]);
	});

	it('refuses bad input before sending anything, naming the field', async () => {
		const notObject = await failing({ specifyBody: 'json', jsonBody: '[1, 2]' });
		expect(notObject.message).toMatch(/^JSON must be an object/);
		const missing = await failing({ fieldsToSend: 'client, total' }, { items: [{ json: { client: 'Acme' } }] });
		expect(missing.message).toMatch(/Fields to Send: the input item has no field "total"/);
		const unnamed = await failing({ specifyBody: 'keypair', bodyFields: { field: [{ name: ' ', value: 'x' }] } });
		expect(unnamed.message).toMatch(/Fields \(field 1\) has no name/);
		const noUrl = await failing({}, { url: ' ' });
		expect(noUrl.message).toMatch(/Webhook URL in the Pachca Incoming Webhook API credential is empty/);
		expect(fake.requests).toEqual([]);
	});

	it('paces 25 items to the webhook limit (about 10/s): none refused, in item order', async () => {
		const before = lastId();
		const items = Array.from({ length: 25 }, (_, i) => ({ json: { client: `c${i}`, order: { amount: i } } }));
		const out = await send({}, { items });
		expect(out).toHaveLength(25);
		const calls = webhookCalls();
		expect(calls).toHaveLength(25); // a 429 would have meant a retry, so more requests
		expect(calls.map((r) => r.body.client)).toEqual(items.map((item) => item.json.client));
		// A bucket of 10 at 10/s: what is over the first 10 cannot arrive sooner than 1.5 s later.
		expect(calls[24].at - calls[0].at).toBeGreaterThanOrEqual(1400);
		expect(
			newMessages(before)
				.filter((m) => m.chat_id === 101)
				.map((m) => m.content),
		).toEqual(items.map((item) => `Order from ${item.json.client} for ${item.json.order.amount}`));
	});

	it('with Pace Requests off, waits out the 429s and still posts each item once', async () => {
		const before = lastId();
		const items = Array.from({ length: 14 }, (_, i) => ({ json: { client: `p${i}`, order: { amount: i } } }));
		const out = await send({ nodeOptions: { rateLimits: { pace: false } } }, { items });
		expect(out).toHaveLength(14);
		expect(webhookCalls().length).toBeGreaterThan(14);
		expect(newMessages(before).filter((m) => m.chat_id === 101)).toHaveLength(14);
	});

	it("shows Pachca's answer, the status and a hint, never the URL", async () => {
		const wrong = `${fake.origin}/webhooks/3-not-a-real-webhook-secret`;
		const error = await failing({}, { url: wrong });
		expect(error.message).toBe('Pachca: webhook: Webhook not found (HTTP 404)');
		expect(error.description).toMatch(/knows no incoming webhook at this URL.*Copy the Webhook URL again/);
		expect(JSON.stringify({ ...error, message: error.message, description: error.description })).not.toContain(
			'not-a-real-webhook-secret',
		);
	});

	it('does not resend a POST Pachca did not confirm, and keeps the URL out of the error', async () => {
		const url = fake.incomingWebhookUrl(DEMO_BOT);
		fake.failRoute({ method: 'POST', path: new URL(url).pathname, status: 502, times: 1 });
		const error = await failing({});
		expect(error.message).toBe(
			'Pachca did not confirm POST /webhooks/… (HTTP 502); it may or may not have been applied',
		);
		expect(webhookCalls()).toHaveLength(1);
		expect(JSON.stringify({ ...error, message: error.message, description: error.description })).not.toContain(
			secretOf(url),
		);
	});

	it('with On Error: Continue, a failed item carries the error and the others are sent', async () => {
		fake.failRoute({
			method: 'POST',
			path: new URL(fake.incomingWebhookUrl(DEMO_BOT)).pathname,
			status: 422,
			times: 1,
			body: { errors: [{ key: 'content', message: 'The template gave an empty message' }] },
		});
		const out = await send({}, { items: [{ json: { client: 'a' } }, { json: { client: 'b' } }], continueOnFail: true });
		expect(out[0]).toMatchObject({
			error: expect.stringMatching(/^Pachca: content: The template gave an empty message \(HTTP 422\)/),
			httpCode: '422',
		});
		expect(out[0].description).toMatch(/could not make a message of the body with the bot's template/);
		expect(out[1]).toEqual({ success: true, sent: { client: 'b' } });
	});
});
