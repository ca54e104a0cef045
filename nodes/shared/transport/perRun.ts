import type { RunContext } from './runState';
import { runOf } from './runState';

/**
 * What is worked out once per node run and shared by its items: n8n hands every item of a run
 * the same execute-data object (runState.ts), so it keys the entries and they go with it. Nothing
 * outlives the run or is shared between executions. Without a run (a lone call) `make` runs each time.
 */
const runs = new WeakMap<object, Map<string, unknown>>();

export function oncePerRun<T>(ctx: RunContext, key: string, make: () => T): T {
	const run = runOf(ctx);
	if (!run) return make();
	let entries = runs.get(run);
	if (!entries) runs.set(run, (entries = new Map()));
	if (!entries.has(key)) entries.set(key, make());
	return entries.get(key) as T;
}
