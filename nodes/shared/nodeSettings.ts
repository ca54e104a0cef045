import type { IExecuteSingleFunctions, INodeParameters } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { oncePerRun } from './perRun';
import type { RateSettings } from './rateLimits';
import { readRateSettings } from './rateLimits';
import type { AuthenticateAs } from './tokens';

/** Where the node keeps its two node-level settings: the one place to change if they move. */
const AUTHENTICATE_AS = 'authenticateAs';
const RATE_LIMITS = 'rateLimits';

export interface NodeSettings {
	forced: AuthenticateAs;
	rates: RateSettings;
}

/**
 * The node's Authenticate As and Rate Limits, read once per run: they are the same for every
 * item unless the user wrote an expression into them, and then they are read for each item.
 * A bad rate stops the run before any request.
 */
export function readNodeSettings(ctx: IExecuteSingleFunctions, itemIndex: number): NodeSettings {
	const read = (): NodeSettings => {
		try {
			return { forced: ctx.getNodeParameter(AUTHENTICATE_AS, 'auto') as AuthenticateAs, rates: readRateSettings(ctx.getNodeParameter(RATE_LIMITS, {})) };
		} catch (error) {
			throw new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
		}
	};
	const once = oncePerRun(ctx, 'nodeSettings', () => {
		const raw = ctx.getNode().parameters as INodeParameters;
		const perItem = JSON.stringify([raw[AUTHENTICATE_AS], raw[RATE_LIMITS]]).includes('"=');
		return perItem ? undefined : read();
	});
	return once ?? read();
}
