import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { FakePachca as FakePachcaServer } from '../fake-pachca';
import { runNode } from '../harness';

export type FakePachca = InstanceType<typeof FakePachcaServer>;

export type Tokens = Partial<Record<'bot' | 'admin' | 'owner', string>>;

/** A fake Pachca for the whole test file, with its request log cleared before each test. */
export function useFakePachca(options: Record<string, unknown> = {}): FakePachca {
	const fake = new FakePachcaServer({ seed: true, ...options });
	beforeAll(async () => await fake.start());
	afterAll(async () => await fake.stop());
	beforeEach(() => fake.clearRequests());
	return fake;
}

/** Credential data for the fake; `tokens` picks which tokens are filled in (default: all three). */
export function credentialsFor(fake: FakePachca, tokens: Tokens = fake.tokens): IDataObject {
	return {
		baseUrl: `${fake.baseUrl}/`,
		botToken: tokens.bot ?? '',
		adminToken: tokens.admin ?? '',
		ownerToken: tokens.owner ?? '',
		signingSecret: '',
	};
}

export interface RunInput {
	tokens?: Tokens;
	/** Input items; may carry binary data (`binary: { data: { data: base64, mimeType, fileName } }`). */
	items?: INodeExecutionData[];
	continueOnFail?: boolean;
}

/** Runs the Pachca node once with these parameters; resolves to the whole output items (binary data included). */
export async function runItems(
	fake: FakePachca,
	parameters: IDataObject,
	input: RunInput = {},
): Promise<INodeExecutionData[]> {
	const result = await runNode({
		parameters,
		credentials: credentialsFor(fake, input.tokens),
		items: input.items,
		continueOnFail: input.continueOnFail,
	});
	return result.items as INodeExecutionData[];
}

/** Runs the Pachca node once with these parameters; resolves to the output items' JSON. */
export async function run(fake: FakePachca, parameters: IDataObject, input: RunInput = {}): Promise<IDataObject[]> {
	return (await runItems(fake, parameters, input)).map((item) => item.json);
}

/** Runs and expects a failure; resolves to the error n8n would show. */
export async function runFailing(fake: FakePachca, parameters: IDataObject, input: RunInput = {}) {
	const outcome = await run(fake, parameters, input).then(
		(items) => ({ items }),
		(error: { message: string; description?: string; httpCode?: string; context?: IDataObject }) => ({ error }),
	);
	if (!('error' in outcome)) throw new Error(`Expected a failure, got ${JSON.stringify(outcome.items)}`);
	return outcome.error;
}

export const byId = (mode: 'id' | 'url' | 'list', value: string | number) => ({
	__rl: true,
	mode,
	value: String(value),
});

/** Message → Send into the chat `chat` (by ID), with `extra` parameters on top. */
export const sendToChat = (chat: string | number, content: string, extra: IDataObject = {}) => ({
	resource: 'message',
	operation: 'create',
	entityType: 'discussion',
	chatId: byId('id', chat),
	content,
	...extra,
});

export type LoggedRequest = FakePachca['requests'][number];

/** Message → Send and Wait for Response into chat 101, with `extra` parameters on top. */
export const askInChat = (message: string, extra: IDataObject = {}) => ({
	resource: 'message',
	operation: 'sendAndWait',
	sendTo: 'discussion',
	sendToChat: byId('id', 101),
	message,
	...extra,
});

export type PostedButton = { text: string; url: string; data?: string };

/** The newest message in the fake (the one the step just posted or edited), with its buttons. */
export const newestMessage = (fake: FakePachca) =>
	[...fake.state.messages.values()].pop() as { id: number; content: string; buttons: PostedButton[][] };

/** The last request the fake received. */
export function lastRequest(fake: FakePachca): LoggedRequest {
	const request = fake.requests[fake.requests.length - 1];
	if (!request) throw new Error('The fake Pachca received no request');
	return request;
}
