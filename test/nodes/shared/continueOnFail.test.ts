import type { IDataObject } from 'n8n-workflow';

import { markDone, stopLaterItems, stoppedBy } from '../../../nodes/shared/send/runState';
import { runNode } from '../../harness';
import type { LoggedRequest } from '../../support/pachca';
import { credentialsFor, useFakePachca } from '../../support/pachca';

const fake = useFakePachca();
const CHAT = 180;

beforeAll(() => {
	fake.state.addChat({ id: CHAT, name: 'Failures', owner_id: 1 }, [[3, 'member']]);
});

/** Five messages to one chat from the items; item 1's display name is longer than Pachca takes (422). */
const items = ['one', 'two', 'three', 'four', 'five'].map((text, index) => ({
	json: { text, name: index === 1 ? 'x'.repeat(300) : 'Bot' } as IDataObject,
}));
const sendEach = {
	resource: 'message',
	operation: 'create',
	entityType: 'discussion',
	chatId: { __rl: true, mode: 'id', value: String(CHAT) },
	content: '={{ $json.text }}',
	additionalFields: { display_name: '={{ $json.name }}' },
};

const posts = () => fake.requests.filter((r: LoggedRequest) => r.method === 'POST' && r.path === '/messages');
const contents = () => posts().map((r: LoggedRequest) => (r.body as { message: { content: string } }).message.content);

async function runAll(continueOnFail: boolean, parameters: IDataObject = sendEach, input = items) {
	return await runNode({ parameters, credentials: credentialsFor(fake), items: input, continueOnFail }).then(
		(result: { items: Array<{ json: IDataObject; error?: Error }> }) => ({ output: result.items, error: undefined }),
		(error: Error & { description?: string }) => ({ output: [], error }),
	);
}

describe('On Error: Continue (continueOnFail)', () => {
	it('the failed item becomes { error } and every other item is still sent, in order', async () => {
		const { output, error } = await runAll(true);
		expect(error).toBeUndefined();
		expect(output).toHaveLength(5);
		expect(output[1].json.error).toBe(
			'Pachca: display_name: display_name is too long (maximum is 255 characters) (HTTP 422) [item 1]',
		);
		expect(output[1].json.httpCode).toBe('422');
		expect(output[1].error?.message).toBe(output[1].json.error);
		expect(output.filter((item) => item.json.error === undefined).map((item) => item.json.content)).toEqual([
			'one',
			'three',
			'four',
			'five',
		]);
		expect(contents()).toEqual(['one', 'two', 'three', 'four', 'five']);
	});

	it('bad input in one item fails that item only, before anything is sent for it', async () => {
		const input = items.map((item, index) => ({
			json: { ...item.json, name: 'Bot', chat: index === 2 ? 'abc' : CHAT },
		}));
		const { output } = await runAll(
			true,
			{ ...sendEach, chatId: { __rl: true, mode: 'id', value: '={{ $json.chat }}' } },
			input,
		);
		expect(output).toHaveLength(5);
		expect(output[2].error?.message).toContain('Chat must be a positive whole number; got "abc"');
		// The same shape as an item that failed after sending: the message in json.error, for an IF node.
		expect(output[2].json.error).toBe(output[2].error?.message);
		expect(output[2].json.error).toContain('[item 2]');
		expect(contents()).toEqual(['one', 'two', 'four', 'five']);
	});
});

describe('without On Error: Continue', () => {
	it('stops at the first failure: the message names the item, and later items are not sent', async () => {
		const { error } = await runAll(false);
		expect(error?.message).toBe(
			'Pachca: display_name: display_name is too long (maximum is 255 characters) (HTTP 422) [item 1]',
		);
		expect(error?.description).toContain('Fix the fields');
		expect(contents()).toEqual(['one', 'two']);
	});

	it('bad input stops the run at that item, naming the field and the item', async () => {
		const input = items.map((item, index) => ({
			json: { ...item.json, name: 'Bot', chat: index === 2 ? 'abc' : CHAT },
		}));
		const { error } = await runAll(
			false,
			{ ...sendEach, chatId: { __rl: true, mode: 'id', value: '={{ $json.chat }}' } },
			input,
		);
		expect(error?.message).toContain('Chat must be a positive whole number; got "abc"');
		expect(error?.message).toContain('[item 2]');
		expect(contents()).toEqual(['one', 'two']);
	});
});

describe("n8n's Retry On Fail runs the node again with the same execute data", () => {
	it('the new try starts afresh: the earlier failure stops nothing', () => {
		const executeData = { data: { main: [[{}, {}, {}]] } };
		const ctx = { getExecuteData: () => executeData, continueOnFail: () => false };
		markDone(ctx, 0);
		stopLaterItems(ctx, 1);
		expect(stoppedBy(ctx, 2)).toBe(1);
		markDone(ctx, 2);
		// Second try: item 0 arrives again although it is done.
		expect(stoppedBy(ctx, 0)).toBeUndefined();
		expect(stoppedBy(ctx, 2)).toBeUndefined();
	});
});
