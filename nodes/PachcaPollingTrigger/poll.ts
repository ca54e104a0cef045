import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { botUserId, requireBotToken } from '../shared/webhooks/botIdentity';
import type { TriggerFilters } from '../shared/webhooks/filters';
import { readTriggerFilters, skipReason } from '../shared/webhooks/filters';
import { toInputNodeError } from '../shared/send/shapeError';
import type { SessionScope } from '../shared/webhooks/agentInput';
import { agentEvent, readSessionScope } from '../shared/webhooks/agentInput';
import type { HistoryEvent } from './history';
import { deleteEvents, readHistory } from './history';

/** Events created this long before the newest one seen are re-checked by ID (clocks, ties). */
const GRACE_MS = 60_000;
const MAX_PAGES = 20;

/** What the poller keeps in static data between polls (cursors are not kept: Pachca says they expire). */
interface PollState {
	primed?: boolean;
	/** created_at (ms) of the newest event seen. */
	newestMs?: number;
	/** IDs of events seen within GRACE_MS of `newestMs`, with their created_at. */
	seen?: Record<string, number>;
	/** Emitted events still to delete: deleted at the start of the next poll, once n8n has them. */
	pendingDeletes?: string[];
}

interface PollConfig {
	filters: TriggerFilters;
	deleteAfterEmit: boolean;
	emitExisting: boolean;
	sessionScope: SessionScope;
}

function readPollConfig(ctx: IPollFunctions): PollConfig {
	const options = (ctx.getNodeParameter('options', {}) ?? {}) as IDataObject;
	try {
		return {
			filters: readTriggerFilters(
				ctx.getNodeParameter('events', []),
				(ctx.getNodeParameter('filters', {}) ?? {}) as IDataObject,
			),
			deleteAfterEmit: options.deleteAfterEmit === true,
			emitExisting: options.emitExisting === true,
			sessionScope: readSessionScope(options),
		};
	} catch (error) {
		throw toInputNodeError(ctx.getNode(), error);
	}
}

/** The items for the events, each with the AI Agent's chatInput and sessionId (agentEvent). */
async function toItems(
	ctx: IPollFunctions,
	events: HistoryEvent[],
	config: PollConfig,
	store: IDataObject,
): Promise<INodeExecutionData[]> {
	const items: INodeExecutionData[] = [];
	for (const event of events) {
		const payload = { ...event.payload, event_type: event.name, event_id: event.id };
		const settings = { scope: config.sessionScope, commands: config.filters.commands };
		items.push({ json: await agentEvent(ctx, store, payload, event.name, settings) });
	}
	return items;
}

async function passing(
	ctx: IPollFunctions,
	events: HistoryEvent[],
	filters: TriggerFilters,
	store: IDataObject,
): Promise<HistoryEvent[]> {
	const ownId = filters.ignoreOwnMessages ? await botUserId(ctx, store, "Ignore Bot's Own Messages") : undefined;
	return events.filter((event) => skipReason(event.payload, event.name, filters, ownId) === undefined);
}

/** "Fetch Test Event": the newest matching event, without touching the poller's memory. */
async function sample(ctx: IPollFunctions, config: PollConfig): Promise<INodeExecutionData[][]> {
	const { events } = await readHistory(ctx, Number.NEGATIVE_INFINITY, 1, Number.POSITIVE_INFINITY);
	const [newest] = await passing(ctx, events, config.filters, ctx.getWorkflowStaticData('node'));
	if (!newest) {
		throw new NodeOperationError(
			ctx.getNode(),
			"The bot's event history has no event matching the selected events and filters.",
			{
				description:
					'Turn on "Save event history" in the bot settings (Outgoing Webhook), subscribe the bot ' +
					'to these events there, cause one in Pachca, and fetch again.',
			},
		);
	}
	return [await toItems(ctx, [newest], config, ctx.getWorkflowStaticData('node'))];
}

/** One poll: events not emitted before, oldest first; the first poll only marks what exists. */
export async function pollEvents(ctx: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const config = readPollConfig(ctx);
	await requireBotToken(ctx, "Reading the bot's event history");
	if (ctx.getMode() === 'manual') return await sample(ctx, config);
	const store = ctx.getWorkflowStaticData('node');
	const state = store as PollState;
	if (state.pendingDeletes?.length) {
		await deleteEvents(ctx, state.pendingDeletes);
		store.pendingDeletes = [];
	}
	const budget = typeof ctx.getPollBudgetMs === 'function' ? ctx.getPollBudgetMs() : 60_000;
	const olderThan = state.newestMs === undefined ? Number.NEGATIVE_INFINITY : state.newestMs - GRACE_MS;
	const { events, complete } = await readHistory(ctx, olderThan, MAX_PAGES, Date.now() + budget / 2);
	if (!complete) {
		ctx.logger.warn(
			`Pachca Polling Trigger "${ctx.getNode().name}": more events arrived since the last poll ` +
				`than one poll reads; older ones were skipped. Poll more often.`,
		);
	}
	const seen = state.seen ?? {};
	const fresh = state.primed || config.emitExisting ? events.filter((event) => !(event.id in seen)).reverse() : [];
	const newestMs = Math.max(state.newestMs ?? Number.NEGATIVE_INFINITY, ...events.map((event) => event.createdMs));
	const remembered: Record<string, number> = {};
	for (const [id, at] of [
		...Object.entries(seen),
		...events.map((event): [string, number] => [event.id, event.createdMs]),
	]) {
		if (at >= newestMs - GRACE_MS) remembered[id] = at;
	}
	const emitted = await passing(ctx, fresh, config.filters, store);
	store.primed = true;
	if (Number.isFinite(newestMs)) store.newestMs = newestMs;
	store.seen = remembered;
	if (config.deleteAfterEmit && emitted.length > 0) store.pendingDeletes = emitted.map((event) => event.id);
	return emitted.length > 0 ? [await toItems(ctx, emitted, config, store)] : null;
}
