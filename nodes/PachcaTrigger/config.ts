import type { IDataObject, INode } from 'n8n-workflow';

import type { TriggerFilters } from '../shared/webhooks/filters';
import { readTriggerFilters } from '../shared/webhooks/filters';
import type { SessionScope } from '../shared/webhooks/agentInput';
import { readSessionScope } from '../shared/webhooks/agentInput';
import { InputError, toId } from '../shared/api/validation';
import { toInputNodeError } from '../shared/send/shapeError';

export interface TriggerConfig {
	filters: TriggerFilters;
	registration: 'automatic' | 'manual';
	/** Set: register through PUT /bots/{id} with the Admin Token. Unset: the bot registers itself. */
	botId?: number;
	overwriteWhenTesting: boolean;
	allowedIps: string[];
	trustedProxy: boolean;
	windowSeconds: number;
	sessionScope: SessionScope;
}

export interface ParameterContext {
	getNode(): INode;
	getNodeParameter(name: string, fallback?: unknown): unknown;
}

/** Registration, Bot ID, Overwrite Bot URL When Testing: on the panel in version 1, under Options from version 2. */
export function setupParameter(
	ctx: ParameterContext,
	name: 'registration' | 'botId' | 'overwriteWhenTesting',
	fallback: unknown,
): unknown {
	if (ctx.getNode().typeVersion < 2) return ctx.getNodeParameter(name, fallback);
	const options = (ctx.getNodeParameter('options', {}) ?? {}) as IDataObject;
	return options[name] ?? fallback;
}

const IP = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:.]*)$/i;

function read(ctx: ParameterContext): TriggerConfig {
	const options = (ctx.getNodeParameter('options', {}) ?? {}) as IDataObject;
	const allowedIps = String(options.allowedIps ?? '')
		.split(/[\s,;]+/)
		.filter((ip) => ip !== '');
	const badIp = allowedIps.find((ip) => !IP.test(ip));
	if (badIp)
		throw new InputError(
			`Allowed Sender IPs: "${badIp}" is not an IP address. Enter addresses such as 37.200.70.177, separated by commas.`,
		);
	const window = Number(options.timestampWindow ?? 60);
	if (!Number.isFinite(window) || window < 1)
		throw new InputError(`Timestamp Window (Seconds) must be 1 or more; got "${String(options.timestampWindow)}".`);
	const botIdText = String(setupParameter(ctx, 'botId', '') ?? '').trim();
	const registration = setupParameter(ctx, 'registration', 'automatic') === 'manual' ? 'manual' : 'automatic';
	return {
		filters: readTriggerFilters(
			ctx.getNodeParameter('events', []),
			(ctx.getNodeParameter('filters', {}) ?? {}) as IDataObject,
		),
		registration,
		botId: registration === 'automatic' && botIdText !== '' ? toId(botIdText, 'Bot ID') : undefined,
		overwriteWhenTesting: setupParameter(ctx, 'overwriteWhenTesting', false) === true,
		allowedIps,
		trustedProxy: options.trustedProxy === true,
		windowSeconds: window,
		sessionScope: readSessionScope(options),
	};
}

/** The node's settings, checked; a bad one stops activation or the delivery with the field named. */
export function readConfig(ctx: ParameterContext): TriggerConfig {
	try {
		return read(ctx);
	} catch (error) {
		throw toInputNodeError(ctx.getNode(), error);
	}
}
