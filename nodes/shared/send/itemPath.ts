import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

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
