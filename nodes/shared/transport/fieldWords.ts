import type { INode, INodeProperties, NodeParameterValueType } from 'n8n-workflow';

import type { PachcaFailure } from './failures';
import { pachcaMessage } from './errors';
import type { TokenRole } from '../api/tokens';

/** A field of the node panel that sends its value to one place of the request ("path:id", "body:message.entity_id"). */
interface PlacedField {
	name: string;
	label: string;
	target: string;
	show: Record<string, unknown[]>;
}

/** Fields per node type, registered by the node file from its own description (static, same in every process). */
const FIELDS = new Map<string, PlacedField[]>();

export function registerPanelFields(nodeType: string, properties: INodeProperties[]): void {
	const placed: PlacedField[] = [];
	for (const field of properties) {
		for (const action of (field.routing?.send?.preSend ?? []) as Array<{ target?: unknown }>) {
			if (typeof action.target !== 'string') continue;
			placed.push({
				name: field.name,
				label: field.displayName,
				target: action.target,
				show: (field.displayOptions?.show ?? {}) as Record<string, unknown[]>,
			});
		}
	}
	FIELDS.set(nodeType, placed);
}

export interface FieldReader {
	getNode(): INode;
	getNodeParameter(
		name: string,
		itemIndex: number,
		fallback?: unknown,
		options?: { extractValue?: boolean },
	): NodeParameterValueType | object;
}

const shown = (field: PlacedField, parameters: INode['parameters']) =>
	Object.entries(field.show).every(([name, values]) => values.includes(parameters[name] as never));

/**
 * The failure in the panel's words: which field (as labelled) and the value the user gave, e.g.
 * "Chat 999999 was not found, or the bot is not a member of it". Undefined when no field of the
 * panel sent what Pachca complains about.
 */
export function fieldLead(
	ctx: FieldReader,
	failure: PachcaFailure,
	role: TokenRole | undefined,
	itemIndex = 0,
): string | undefined {
	if (failure.status !== 404 && failure.status !== 400 && failure.status !== 422) return undefined;
	const node = ctx.getNode();
	const fields = (FIELDS.get(node.type.split('.').pop() ?? '') ?? []).filter((field) => shown(field, node.parameters));
	const { keys } = pachcaMessage(failure.body);
	const named = fields.find((field) =>
		keys.some((key) => field.target.endsWith(`.${key}`) || field.target.endsWith(`:${key}`)),
	);
	const field =
		named ?? (failure.status === 404 ? fields.find((candidate) => candidate.target.startsWith('path:')) : undefined);
	if (!field) return undefined;
	let value: unknown;
	try {
		value = ctx.getNodeParameter(field.name, itemIndex, undefined, { extractValue: true });
	} catch {
		value = undefined;
	}
	// A picker's value comes as { mode, value }; only IDs are repeated back, never long text.
	if (typeof value === 'object' && value !== null && 'value' in value) value = (value as { value: unknown }).value;
	const given =
		typeof value === 'number' || (typeof value === 'string' && /^\s*\d+\s*$/.test(value))
			? ` ${String(value).trim()}`
			: '';
	if (failure.status !== 404) return `${field.label}${given} was not accepted`;
	const who = role === 'bot' ? 'the bot' : "the token's user";
	const access =
		field.label === 'Chat' || field.label === 'Thread ID' ? `${who} is not a member of it` : `${who} may not see it`;
	return `${field.label}${given} was not found, or ${access}`;
}

/** fieldLead for any call context: only the node's own operations can read their fields; a lead never hides the error itself. */
export function leadOf(
	ctx: { getNode(): INode },
	failure: PachcaFailure,
	role: TokenRole | undefined,
	itemIndex?: number,
): string | undefined {
	if (!('getNodeParameter' in ctx) || typeof ctx.getNodeParameter !== 'function') return undefined;
	try {
		return fieldLead(ctx as FieldReader, failure, role, itemIndex ?? 0);
	} catch {
		return undefined;
	}
}
