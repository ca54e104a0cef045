import type { INode, NodeParameterValueType } from 'n8n-workflow';

import type { PachcaFailure } from './retry';
import { pachcaMessage } from './shapeError';
import type { TokenRole } from '../api/tokens';

/**
 * A field of the node panel that sends its value to one place of the request ("path:id",
 * "body:message.entity_id"): describeOperations lists an operation's fields, and the call
 * carries them, so a failure can be told in the panel's words.
 */
export interface PanelField {
	name: string;
	label: string;
	target: string;
	show: Record<string, unknown[]>;
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

const shown = (field: PanelField, parameters: INode['parameters']) =>
	Object.entries(field.show).every(([name, values]) => values.includes(parameters[name] as never));

/**
 * The failure in the panel's words: which field (as labelled) and the value the user gave, e.g.
 * "Chat 999999 was not found, or the bot is not a member of it". Undefined when no field of the
 * panel sent what Pachca complains about.
 */
export function fieldLead(
	ctx: FieldReader,
	panel: PanelField[],
	failure: PachcaFailure,
	role: TokenRole | undefined,
	itemIndex = 0,
): string | undefined {
	if (failure.status !== 404 && failure.status !== 400 && failure.status !== 422) return undefined;
	const node = ctx.getNode();
	const fields = panel.filter((field) => shown(field, node.parameters));
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

/** fieldLead for any call context: only calls that carry the panel's fields get one; a lead never hides the error itself. */
export function leadOf(
	ctx: { getNode(): INode },
	panel: PanelField[] | undefined,
	failure: PachcaFailure,
	role: TokenRole | undefined,
	itemIndex?: number,
): string | undefined {
	if (!panel?.length || !('getNodeParameter' in ctx) || typeof ctx.getNodeParameter !== 'function') return undefined;
	try {
		return fieldLead(ctx as FieldReader, panel, failure, role, itemIndex ?? 0);
	} catch {
		return undefined;
	}
}
