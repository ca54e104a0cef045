import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { awaitReadTurn as awaitTurn } from '../../../../nodes/shared/send/readFields';

/** Item contexts of one node run: n8n hands every item of a run the same execute-data object. */
const runOf = (executeData: object) => ({ getExecuteData: () => executeData }) as unknown as IExecuteSingleFunctions;
const options = { url: '/messages' } as IHttpRequestOptions;
/** The turn as an item's first step takes it: it waits, then goes on with the request unchanged. */
const awaitReadTurn = {
	call: async (ctx: IExecuteSingleFunctions, request: IHttpRequestOptions) => {
		await awaitTurn(ctx);
		return request;
	},
};

describe('awaitReadTurn (items read their fields in turns)', () => {
	it('lets items read in the order they asked, and passes the request through unchanged', async () => {
		const ctx = runOf({});
		const order: number[] = [];
		const turns = [0, 1, 2, 3].map(async (item) => {
			const passed = await awaitReadTurn.call(ctx, options);
			order.push(item);
			return passed;
		});
		expect(await Promise.all(turns)).toEqual([options, options, options, options]);
		expect(order).toEqual([0, 1, 2, 3]);
	});

	it('reading does not hold the event loop: between slices of a few ms, waiting work runs', async () => {
		const ctx = runOf({});
		const events: string[] = [];
		const busy = (ms: number) => {
			const end = Date.now() + ms;
			while (Date.now() < end);
		};
		// A request's answer or a timer that is due while the items are being read.
		void sleep(0).then(() => events.push('event loop'));
		const reads = Array.from({ length: 20 }, async (_, item) => {
			await awaitReadTurn.call(ctx, options);
			busy(2);
			events.push(`item ${item}`);
		});
		await Promise.all(reads);
		const loopAt = events.indexOf('event loop');
		expect(loopAt).toBeGreaterThan(0);
		expect(loopAt).toBeLessThan(10);
		expect(events.filter((event) => event !== 'event loop')).toEqual(reads.map((_, item) => `item ${item}`));
	});

	it('an item arriving with nobody waiting (Batching) starts a new slice and reads at once', async () => {
		const ctx = runOf({});
		await awaitReadTurn.call(ctx, options);
		const end = Date.now() + 20;
		while (Date.now() < end);
		const events: string[] = [];
		void sleep(0).then(() => events.push('event loop'));
		await awaitReadTurn.call(ctx, options);
		events.push('item 1 read');
		await sleep(5);
		expect(events).toEqual(['item 1 read', 'event loop']);
	});

	it('keeps runs apart: a run waiting for its next slice does not hold another run back', async () => {
		const runA = runOf({});
		const runB = runOf({});
		const order: string[] = [];
		const a0 = awaitReadTurn.call(runA, options).then(() => {
			order.push('A0');
			const end = Date.now() + 20;
			while (Date.now() < end);
		});
		const later = [1, 2].map(async (item) => {
			await awaitReadTurn.call(runA, options);
			order.push(`A${item}`);
		});
		// Run B starts while run A's later items wait for the event loop.
		const b0 = a0.then(async () => await awaitReadTurn.call(runB, options)).then(() => order.push('B0'));
		await Promise.all([a0, ...later, b0]);
		expect(order.filter((name) => name.startsWith('A'))).toEqual(['A0', 'A1', 'A2']);
		expect(order.indexOf('B0')).toBeLessThan(order.indexOf('A2'));
	});
});
