/** What a call needs to know about the node run it belongs to (n8n's item contexts have it all). */
export interface RunContext {
	getExecuteData?(): { data?: { main?: Array<unknown[] | null> } };
	continueOnFail?(): boolean;
	getExecutionCancelSignal?(): AbortSignal | undefined;
}

/**
 * One node run: the lowest item index that failed without Continue On Fail, and the items that
 * are done. Every item of a run sees the same execute-data object (n8n's RoutingNode hands it to
 * each item, a custom operation has one context), so that object identifies the run; a WeakMap
 * lets the entry go with it.
 * n8n's "Retry On Fail" runs the node again with the same object, once every item is done: an
 * item that shows up again although it is done therefore starts a new run (a fresh state).
 */
interface RunState {
	failedAt?: number;
	done: Set<number>;
}

const runs = new WeakMap<object, RunState>();

export function runOf(ctx: RunContext): object | undefined {
	return ctx.getExecuteData?.() ?? undefined;
}

/** The run's state as item `itemIndex` sees it on arrival: a fresh one if that item was already done. */
function arrive(ctx: RunContext, itemIndex: number | undefined): RunState | undefined {
	const run = runOf(ctx);
	if (!run || itemIndex === undefined) return undefined;
	let state = runs.get(run);
	if (!state || state.done.has(itemIndex)) runs.set(run, (state = { done: new Set() }));
	return state;
}

/** Without Continue On Fail, items after a failed one are not sent: the node stops there. */
export function stopLaterItems(ctx: RunContext, itemIndex: number | undefined): void {
	if (ctx.continueOnFail?.()) return;
	const state = arrive(ctx, itemIndex);
	if (!state || itemIndex === undefined) return;
	state.failedAt = Math.min(state.failedAt ?? itemIndex, itemIndex);
	state.done.add(itemIndex);
}

/** The item has its output (or its error): sendItem's callers call this once per item and run. */
export function markDone(ctx: RunContext, itemIndex: number): void {
	const run = runOf(ctx);
	if (run) runs.get(run)?.done.add(itemIndex);
}

/** The failed item that stops this one, if any. */
export function stoppedBy(ctx: RunContext, itemIndex: number | undefined): number | undefined {
	const failed = arrive(ctx, itemIndex)?.failedAt;
	return failed !== undefined && itemIndex !== undefined && itemIndex > failed ? failed : undefined;
}

export function cancelled(ctx: RunContext): boolean {
	return ctx.getExecutionCancelSignal?.()?.aborted === true;
}

/** " [item 3]" (n8n's own way of naming an item) when the node runs over several items, so the message says which failed. */
export function itemLabel(ctx: RunContext, itemIndex: number | undefined): string {
	const count = ctx.getExecuteData?.()?.data?.main?.[0]?.length ?? 0;
	return itemIndex !== undefined && count > 1 ? ` [item ${itemIndex}]` : '';
}

/**
 * What is worked out once per node run and shared by its items, keyed by the run's execute-data
 * object like the state above, so it goes with the run. Nothing outlives the run or is shared
 * between executions. Without a run (a lone call) `make` runs each time.
 */
const perRun = new WeakMap<object, Map<string, unknown>>();

export function oncePerRun<T>(ctx: RunContext, key: string, make: () => T): T {
	const run = runOf(ctx);
	if (!run) return make();
	let entries = perRun.get(run);
	if (!entries) perRun.set(run, (entries = new Map()));
	if (!entries.has(key)) entries.set(key, make());
	return entries.get(key) as T;
}
