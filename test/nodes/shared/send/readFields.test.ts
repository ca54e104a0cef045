import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { jsonPathOf, readField, readFieldsTogether, readItemPath } from '../../../../nodes/shared/send/readFields';

import { runNode } from '../../../harness';
import type { LoggedRequest } from '../../../support/pachca';
import { credentialsFor, useFakePachca } from '../../../support/pachca';

/**
 * An item's main fields that are exactly one {{ … }} are evaluated together (readFieldsTogether): the
 * request must carry what reading each field alone gave, and anything else is read alone.
 */
const fake = useFakePachca();
const CHAT = 190;

beforeAll(() => {
	fake.state.addChat({ id: CHAT, name: 'Reads', owner_id: 1 }, [[3, 'member']]);
});

const sent = () =>
	fake.requests
		.filter((r: LoggedRequest) => r.method === 'POST' && r.path === '/messages')
		.map((r: LoggedRequest) => (r.body as { message: IDataObject }).message);

async function send(parameters: IDataObject, items: IDataObject[], continueOnFail = false) {
	const base = { resource: 'message', operation: 'create', entityType: 'discussion' };
	return await runNode({
		parameters: { ...base, ...parameters },
		credentials: credentialsFor(fake),
		items: items.map((json) => ({ json })),
		continueOnFail,
	});
}

describe('main fields read together', () => {
	it('lone expressions give the values each would give alone, item by item', async () => {
		await send(
			{
				chatId: { __rl: true, mode: 'id', value: '={{ $json.chat }}' },
				content: '={{ $json.text.toUpperCase() + " #" + $itemIndex // a comment ends with its line }}',
			},
			[
				{ chat: CHAT, text: 'first' },
				{ chat: String(CHAT), text: 'second' },
			],
		);
		expect(sent()).toEqual([
			expect.objectContaining({ entity_id: CHAT, content: 'FIRST #0' }),
			expect.objectContaining({ entity_id: CHAT, content: 'SECOND #1' }),
		]);
	});

	it('a field with text around its expression, or a locator by URL, is read alone', async () => {
		await send(
			{
				chatId: { __rl: true, mode: 'url', value: `={{ "https://app.pachca.com/chats/" + $json.chat }}` },
				content: '=Hello {{ $json.name }}!',
			},
			[{ chat: CHAT, name: 'Anna' }],
		);
		expect(sent()).toEqual([expect.objectContaining({ entity_id: CHAT, content: 'Hello Anna!' })]);
	});

	it('a value that is not text or a number (here an object) is read alone and refused as before', async () => {
		const result = await send(
			{ chatId: { __rl: true, mode: 'id', value: '={{ $json.chat }}' }, content: '={{ $json.text }}' },
			[{ chat: { id: CHAT }, text: 'object chat' }],
			true,
		);
		expect(result.items[0].json.error).toContain('Chat must be a positive whole number');
		expect(sent()).toEqual([]);
	});

	it('an expression whose result is not usable is read alone: the outcome is the one it gives alone', async () => {
		// (An expression that throws already fails in n8n's own preparation of the item, before any step.)
		// n8n's engine in this harness turns a failing call into an empty result, as it does alone.
		const chatId = { __rl: true, mode: 'id', value: '={{ $json.chat }}' };
		const failing = await send({ chatId, content: '={{ $json.text.nope() }}' }, [{ chat: CHAT, text: 'x' }], true);
		expect(failing.items[0].json.error).toBe('Text is empty. Enter the text to send.');
		expect(sent()).toEqual([]);
	});
});

describe('lone $json paths read from the item', () => {
	const chatId = { __rl: true, mode: 'id', value: '={{ $json.chat }}' };

	it('main and collection fields carry what the item holds, nested and by quoted key', async () => {
		await send(
			{
				chatId,
				content: '={{ $json.body["the text"] }}',
				additionalFields: { display_name: '={{ $json.sender.name }}', display_avatar_url: '={{ $json.avatars[0] }}' },
			},
			[
				{
					chat: CHAT,
					body: { 'the text': 'nested' },
					sender: { name: 'Relay' },
					avatars: ['https://example.com/a.png'],
				},
			],
		);
		expect(sent()).toEqual([
			expect.objectContaining({
				entity_id: CHAT,
				content: 'nested',
				display_name: 'Relay',
				display_avatar_url: 'https://example.com/a.png',
			}),
		]);
	});

	it('a path the item does not answer plainly gives what n8n gives: here an empty text, refused', async () => {
		const result = await send({ chatId, content: '={{ $json.missing }}' }, [{ chat: CHAT }], true);
		expect(result.items[0].json.error).toBe('Text is empty. Enter the text to send.');
		expect(sent()).toEqual([]);
	});
});

describe('readFieldsTogether: how many evaluations', () => {
	const field = (name: string) => ({ displayName: name, name, type: 'string' as const, default: '' });

	/** An item context with the node's parameters and input item; counts evaluations and single reads. */
	function itemContext(parameters: IDataObject, json: IDataObject = { chat: 902, text: 'from the item' }) {
		const calls = { together: [] as string[], alone: [] as string[] };
		const executeData = {};
		const ctx = {
			getExecuteData: () => executeData,
			getNode: () => ({ parameters }),
			getItemIndex: () => 0,
			getInputData: () => ({ json }),
			evaluateExpression: (code: string) => {
				calls.together.push(code);
				return [901, 'hello'];
			},
			getNodeParameter: (name: string) => {
				calls.alone.push(name);
				return `alone:${name}`;
			},
		} as unknown as IExecuteSingleFunctions;
		return { ctx, calls };
	}
	const fields = [
		{ param: 'chatId', shownBy: field('chatId'), check: false },
		{ param: 'content', shownBy: field('content'), check: false },
	];

	it('two lone expressions: one evaluation, and the fields take their values from it', async () => {
		const { ctx, calls } = itemContext({
			chatId: { __rl: true, mode: 'id', value: '={{ $json.chat * 1 }}' },
			content: '={{ $json.text.trim() }}',
		});
		readFieldsTogether(ctx, fields);
		expect(calls.together).toEqual(['{{ [\n( $json.chat * 1 \n),\n( $json.text.trim() \n)] }}']);
		expect([readField(ctx, 'chatId'), readField(ctx, 'content')]).toEqual([901, 'hello']);
		expect(calls.alone).toEqual([]);
	});

	it('lone $json paths: no evaluation at all, the values come from the item', async () => {
		const { ctx, calls } = itemContext({
			chatId: { __rl: true, mode: 'id', value: '={{ $json.chat }}' },
			content: '={{ $json["text"] }}',
		});
		readFieldsTogether(ctx, fields);
		expect([readField(ctx, 'chatId'), readField(ctx, 'content')]).toEqual([902, 'from the item']);
		expect(calls).toEqual({ together: [], alone: [] });
	});

	it('a $json path the item cannot answer plainly (missing, an object) is evaluated by n8n', async () => {
		const { ctx, calls } = itemContext(
			{ chatId: { __rl: true, mode: 'id', value: '={{ $json.chat }}' }, content: '={{ $json.missing }}' },
			{ chat: { id: 902 } },
		);
		readFieldsTogether(ctx, fields);
		expect(calls.together).toEqual(['{{ [\n( $json.chat \n),\n( $json.missing \n)] }}']);
	});

	it('text around an expression: nothing evaluated together, each field read alone', async () => {
		const { ctx, calls } = itemContext({
			chatId: { __rl: true, mode: 'id', value: '={{ $json.chat + 0 }}' },
			content: '=Hi {{ $json.text }}',
		});
		readFieldsTogether(ctx, fields);
		expect(calls.together).toEqual([]);
		expect([readField(ctx, 'chatId'), readField(ctx, 'content')]).toEqual(['alone:chatId', 'alone:content']);
	});
});

/** `{{ $json.… }}` read straight from the item (jsonPathOf, readItemPath): which codes qualify and what they give. */
describe('jsonPathOf', () => {
	it.each([
		[' $json.text ', ['text']],
		['$json.user.name', ['user', 'name']],
		[`$json["chat id"]`, ['chat id']],
		[`$json['a.b'][0].c`, ['a.b', '0', 'c']],
		['$json.list.length', ['list', 'length']],
	])('%p is a path: %p', (code, keys) => {
		expect(jsonPathOf(code)).toEqual(keys);
	});

	it.each([
		['$json'],
		['$json.text.toUpperCase()'],
		['$json.a + $json.b'],
		['$json[key]'],
		['$json.constructor'],
		['$json["__proto__"]'],
		['$input.item.json.text'],
		['$json.text // comment'],
		['$json .text'],
	])('%p is not', (code) => {
		expect(jsonPathOf(code)).toBeUndefined();
	});
});

describe('readItemPath', () => {
	const item = {
		text: 'hello',
		count: 3,
		flag: false,
		nested: { list: ['x', { id: 7 }] },
		empty: null,
		object: { a: 1 },
		big: Infinity,
	};
	const ctx = { getInputData: () => ({ json: item }) } as unknown as IExecuteSingleFunctions;

	it('gives text, numbers and true/false found along own keys', () => {
		expect(readItemPath(ctx, ['text'])).toBe('hello');
		expect(readItemPath(ctx, ['count'])).toBe(3);
		expect(readItemPath(ctx, ['flag'])).toBe(false);
		expect(readItemPath(ctx, ['nested', 'list', '1', 'id'])).toBe(7);
		expect(readItemPath(ctx, ['nested', 'list', 'length'])).toBe(2);
	});

	it('leaves anything else to n8n: missing keys, null, objects, inherited names, non-finite numbers', () => {
		for (const keys of [
			['missing'],
			['empty'],
			['object'],
			['text', 'length'],
			['toString'],
			['big'],
			['nested', 'list', '5'],
		])
			expect(readItemPath(ctx, keys)).toBeUndefined();
	});
});
