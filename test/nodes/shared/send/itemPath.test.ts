import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { jsonPathOf, readItemPath } from '../../../../nodes/shared/send/itemPath';

/** `{{ $json.… }}` read straight from the item (itemPath.ts): which codes qualify and what they give. */
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
