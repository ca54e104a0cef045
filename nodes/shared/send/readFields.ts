import type { IDataObject, IExecuteSingleFunctions, INode, INodeProperties } from 'n8n-workflow';
import { NodeHelpers, sleep } from 'n8n-workflow';

import { oncePerRun } from './runState';

/*
 * Stage 1 of an item: read its fields. Each read of a user's expression costs about a millisecond
 * in n8n 2.x's isolated expression runtime, so reads are arranged to cost as little as they can
 * and to leave the event loop free for the requests already planned.
 */

/** How long items may be read back to back before the event loop gets a turn (requests, answers, timers). */
const SLICE_MS = 5;

interface ReadTurns {
	last: Promise<void>;
	/** Items waiting for their turn; none means the event loop has been free since the last read. */
	waiting: number;
	sliceStart: number;
}

/**
 * Waits for this item's turn to read its fields. Items are read in item order, a few
 * milliseconds' worth at a time, and between slices the requests of the items already read go
 * out: reading overlaps the wait for the rate limit. An item that arrives with nobody waiting
 * (Batching, one item at a time) starts a new slice.
 */
export async function awaitReadTurn(ctx: IExecuteSingleFunctions): Promise<void> {
	const turns = oncePerRun<ReadTurns>(ctx, 'readTurns', () => ({
		last: Promise.resolve(),
		waiting: 0,
		sliceStart: Date.now(),
	}));
	if (turns.waiting++ === 0) turns.sliceStart = Date.now();
	const mine = turns.last.then(async () => {
		if (Date.now() - turns.sliceStart >= SLICE_MS) {
			await sleep(0);
			turns.sliceStart = Date.now();
		}
		turns.waiting--;
	});
	turns.last = mine;
	await mine;
}

/** The node with its parameters, the same for every item of a run (n8n's getNode() copies it each call). */
export function runNode(ctx: IExecuteSingleFunctions): INode {
	return oncePerRun(ctx, 'node', () => ctx.getNode());
}

/** Whether n8n shows `property` with the node's parameters as they are (display rules beyond resource and operation). */
export function shownNow(ctx: IExecuteSingleFunctions, property: INodeProperties): boolean {
	const node = runNode(ctx);
	return NodeHelpers.displayParameter(node.parameters, property, node, null, node.parameters);
}

/**
 * One evaluation for an item's fields. In n8n 2.x every expression runs in an isolated runtime,
 * at about a millisecond an evaluation whatever it computes, so the fields of an item that are
 * exactly one `{{ … }}` are evaluated together, as one array, before the field steps read them.
 * Anything else (text around the braces, several braces, a locator by URL, a value that is not a
 * string, number or boolean, or an error) is left to the field's own read (readField),
 * which gives the same value or the same error as before. A lone `{{ $json.… }}` path needs no
 * evaluation at all: it is read from the item (readItemPath, below).
 */

/**
 * The commonest expression of all, `{{ $json.text }}`, read straight from the item. For the node's
 * own item n8n's `$json` is that input item's JSON, so a path of plain keys gives what sits there;
 * read here it costs microseconds, where n8n 2.x's isolated expression runtime costs about a
 * millisecond an evaluation. Only `.name`, `["name"]` and `[0]` steps through own keys of plain
 * data, and only a result that is text, a number or true/false: anything else (a missing key, an
 * object, a name n8n refuses such as `constructor`) is left to n8n's own evaluation.
 */
const PATH = /^\s*\$json((?:\.[A-Za-z_$][\w$]*|\[(?:'[^'\\\n]*'|"[^"\\\n]*"|\d+)\])+)\s*$/;
const STEP = /\.([A-Za-z_$][\w$]*)|\[(?:'([^'\\\n]*)'|"([^"\\\n]*)"|(\d+))\]/g;
/** Names n8n's expression sandbox treats specially: never read past it. */
const GUARDED = new Set(['constructor', '__proto__', 'prototype']);

/** The keys of `code` when it is `$json` followed by plain steps, else undefined. */
export function jsonPathOf(code: string): string[] | undefined {
	const steps = PATH.exec(code)?.[1];
	if (steps === undefined) return undefined;
	const keys = [...steps.matchAll(STEP)].map((match) => match[1] ?? match[2] ?? match[3] ?? match[4]);
	return keys.some((key) => GUARDED.has(key)) ? undefined : keys;
}

const isData = (value: unknown): value is IDataObject =>
	typeof value === 'object' &&
	value !== null &&
	(Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype);

/** What the item holds at `keys`, when it is text, a number or true/false; undefined leaves the read to n8n. */
export function readItemPath(ctx: IExecuteSingleFunctions, keys: string[]): string | number | boolean | undefined {
	let value: unknown = ctx.getInputData().json;
	for (const key of keys) {
		if (!isData(value) || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
		value = value[key];
	}
	return typeof value === 'string' ||
		typeof value === 'boolean' ||
		(typeof value === 'number' && Number.isFinite(value))
		? value
		: undefined;
}

/** A field read: its top-level parameter and the property that shows it. */
export interface FieldRead {
	param: string;
	shownBy: INodeProperties;
	/** Its display rules go beyond resource and operation (checked against the node's parameters). */
	check: boolean;
}

type Reads = Map<number, Map<string, unknown>>;
const readsOf = (ctx: IExecuteSingleFunctions) => oncePerRun<Reads>(ctx, 'itemReads', () => new Map());

const WHOLE = /^=\{\{([\s\S]*)\}\}$/;

/** The code of a value that is one expression and nothing else, for the plain locator modes too. */
function loneExpression(raw: unknown): string | undefined {
	const locator = typeof raw === 'object' && raw !== null && (raw as { __rl?: unknown }).__rl === true;
	const mode = locator ? (raw as { mode?: unknown }).mode : undefined;
	const text = locator ? (mode === 'id' || mode === 'list' ? (raw as { value?: unknown }).value : undefined) : raw;
	if (typeof text !== 'string') return undefined;
	const code = WHOLE.exec(text)?.[1];
	return code === undefined || code.includes('{{') || code.includes('}}') ? undefined : code;
}

const plain = (value: unknown) => ['string', 'number', 'boolean'].includes(typeof value);

/** The parameter's value as the node holds it (before any evaluation); `param` may be `collection.field`. */
function rawValue(ctx: IExecuteSingleFunctions, param: string): unknown {
	let value: unknown = runNode(ctx).parameters;
	for (const key of param.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
	return value;
}

/** The value of a parameter that is a lone `{{ $json.… }}` path, read from the item; undefined if it is not one. */
function fromItem(ctx: IExecuteSingleFunctions, code: string | undefined): unknown {
	const keys = code === undefined ? undefined : jsonPathOf(code);
	return keys && readItemPath(ctx, keys);
}

/**
 * Reads an item's shown fields ahead of their steps: lone `$json` paths from the item, the other
 * lone expressions in one evaluation (when two or more).
 */
export function readFieldsTogether(ctx: IExecuteSingleFunctions, fields: FieldRead[]): void {
	// A retry of the item (n8n's Retry On Fail) starts from nothing.
	readsOf(ctx).delete(ctx.getItemIndex());
	const values = runNode(ctx).parameters;
	const reads = new Map<string, unknown>();
	const lone: Array<{ param: string; code: string }> = [];
	for (const { param, shownBy, check } of fields) {
		if (shownBy.extractValue || (check && !shownNow(ctx, shownBy))) continue;
		const code = loneExpression(values[param]);
		const value = fromItem(ctx, code);
		if (value !== undefined) reads.set(param, value);
		else if (code !== undefined) lone.push({ param, code });
	}
	if (lone.length >= 2) {
		const codes = lone.map(({ code }) => code);
		const result = evaluateTogether(ctx, codes);
		if (result) lone.forEach(({ param }, index) => reads.set(param, result[index]));
	}
	if (reads.size > 0) readsOf(ctx).set(ctx.getItemIndex(), reads);
}

/** The codes' values from one evaluation, or undefined when any is not a plain value (or it throws). */
function evaluateTogether(ctx: IExecuteSingleFunctions, codes: string[]): unknown[] | undefined {
	let result: unknown;
	try {
		// One element a line, so that a `//` comment in one expression ends with its line.
		const array = codes.map((code) => `(${code}\n)`).join(',\n');
		result = ctx.evaluateExpression(`{{ [\n${array}] }}`, ctx.getItemIndex());
	} catch {
		return undefined;
	}
	return Array.isArray(result) && result.length === codes.length && result.every(plain) ? result : undefined;
}

/** The field's value: read from the item, evaluated together with the item's others, else read the usual way. */
export function readField(ctx: IExecuteSingleFunctions, param: string): unknown {
	const itemReads = readsOf(ctx).get(ctx.getItemIndex());
	if (itemReads?.has(param)) {
		const value = itemReads.get(param);
		itemReads.delete(param);
		if (itemReads.size === 0) readsOf(ctx).delete(ctx.getItemIndex());
		return value;
	}
	const raw = rawValue(ctx, param);
	// A plain value (no expression) is what n8n would hand back: no need to ask it, which costs a
	// search of the node's properties on every call.
	if (typeof raw === 'number' || typeof raw === 'boolean' || (typeof raw === 'string' && !raw.startsWith('=')))
		return raw;
	return fromItem(ctx, loneExpression(raw)) ?? ctx.getNodeParameter(param, undefined, { extractValue: true });
}
