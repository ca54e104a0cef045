import type { CursorPage, CursorWalk } from '../../../../nodes/shared/api/cursorPages';
import { cursorPages, pageQuery } from '../../../../nodes/shared/api/cursorPages';

/** Pages keyed by the cursor that asks for them ('' = the first). */
function pagesOf(pages: Record<string, CursorPage<number>>) {
	const asked: Array<string | undefined> = [];
	const fetchPage = async (cursor: string | undefined) => {
		asked.push(cursor);
		return pages[cursor ?? ''];
	};
	return { asked, fetchPage };
}

async function walkAll(fetchPage: (cursor: string | undefined) => Promise<CursorPage<number>>, walk: CursorWalk) {
	const items: number[] = [];
	for await (const page of cursorPages(fetchPage, walk)) items.push(...page.items);
	return items;
}

describe('cursorPages', () => {
	it('follows next cursors to the last page', async () => {
		const { asked, fetchPage } = pagesOf({
			'': { items: [1, 2], next: 'a' },
			a: { items: [], next: 'b' },
			b: { items: [3], next: undefined },
		});
		expect(await walkAll(fetchPage, { maxPages: 10 })).toEqual([1, 2, 3]);
		expect(asked).toEqual([undefined, 'a', 'b']);
	});

	it('starts from a given cursor and stops at maxPages or when keepGoing says no', async () => {
		const { asked, fetchPage } = pagesOf({ a: { items: [1], next: 'b' }, b: { items: [2], next: 'c' } });
		expect(await walkAll(fetchPage, { maxPages: 1, from: 'a' })).toEqual([1]);
		expect(await walkAll(fetchPage, { maxPages: 5, from: 'a', keepGoing: () => false })).toEqual([1]);
		expect(asked).toEqual(['a', 'a']);
	});

	it('throws on a repeated cursor only after the page was seen, and only when asked to', async () => {
		const { fetchPage } = pagesOf({ '': { items: [1], next: 'a' }, a: { items: [2], next: 'a' } });
		await expect(walkAll(fetchPage, { maxPages: 5, onRepeat: () => new Error('loop') })).rejects.toThrow('loop');
		expect(await walkAll(fetchPage, { maxPages: 4 })).toEqual([1, 2, 2, 2]);
		const seen: number[] = [];
		for await (const page of cursorPages(fetchPage, { maxPages: 5, onRepeat: () => new Error('loop') })) {
			seen.push(...page.items);
			if (seen.length === 2) break;
		}
		expect(seen).toEqual([1, 2]);
	});

	it('adds the cursor to the query only when there is one', () => {
		expect(pageQuery({ limit: 50 }, undefined)).toEqual({ limit: 50 });
		expect(pageQuery({ limit: 50 }, 'x')).toEqual({ limit: 50, cursor: 'x' });
	});
});
