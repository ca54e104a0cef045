import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { sendPachcaCall } from '../shared/send/sendCall';
import type { CursorPage } from '../shared/api/cursorPages';
import { cursorPages, pageQuery } from '../shared/api/cursorPages';
import { nextCursor } from '../shared/api/responses';
import { eventNameOf } from '../shared/webhooks/events';

/** One entry of the bot's event history (GET /webhooks/events). */
export interface HistoryEvent {
	id: string;
	name: string;
	createdMs: number;
	payload: IDataObject;
}

const PAGE_SIZE = 50;

function toEvent(entry: IDataObject): HistoryEvent | undefined {
	const payload = (entry.payload ?? {}) as IDataObject;
	const createdMs = Date.parse(String(entry.created_at ?? ''));
	if (typeof entry.id !== 'string' || Number.isNaN(createdMs)) return undefined;
	const name =
		typeof entry.event_type === 'string' && entry.event_type !== '' ? entry.event_type : eventNameOf(payload);
	return { id: entry.id, name, createdMs, payload };
}

export interface ReadResult {
	/** Newest first, as Pachca lists them. */
	events: HistoryEvent[];
	/** False when the page cap or the time budget stopped the walk before `olderThanMs`. */
	complete: boolean;
}

/**
 * Reads the history newest first until an event older than `olderThanMs`, the end, `maxPages`
 * or `deadline`. sendPachcaCall paces these reads to Pachca's limit for the endpoint (about 5 per
 * 2 s per token, rate class 'events' in the catalogue).
 */
export async function readHistory(
	ctx: IPollFunctions,
	olderThanMs: number,
	maxPages: number,
	deadline: number,
): Promise<ReadResult> {
	const events: HistoryEvent[] = [];
	const fetch = async (cursor: string | undefined): Promise<CursorPage<IDataObject>> => {
		const qs = pageQuery({ limit: PAGE_SIZE }, cursor);
		const body = (await sendPachcaCall(ctx, 'webhookEvent.getAll', { qs })) as { data?: IDataObject[] };
		return { items: body.data ?? [], next: nextCursor(body) };
	};
	const walk = cursorPages(fetch, {
		maxPages,
		onRepeat: () =>
			new NodeOperationError(
				ctx.getNode(),
				'Pachca returned the same event-history cursor twice; stopped to avoid looping.',
			),
		keepGoing: () => Date.now() <= deadline,
	});
	for await (const page of walk) {
		for (const event of page.items.map(toEvent)) {
			if (event === undefined) continue;
			if (event.createdMs < olderThanMs) return { events, complete: true };
			events.push(event);
		}
		if (!page.next) return { events, complete: true };
	}
	return { events, complete: false };
}

/** Deletes events from the history; one already gone (404) counts as deleted. */
export async function deleteEvents(ctx: IPollFunctions, ids: string[]): Promise<void> {
	for (const id of ids) {
		await sendPachcaCall(ctx, 'webhookEvent.delete', { path: { id } }).catch((error: unknown) => {
			if (error instanceof NodeApiError && error.httpCode === '404') return;
			throw error;
		});
	}
}
