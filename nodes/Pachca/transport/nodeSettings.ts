import type { IExecuteSingleFunctions, INodeParameters } from 'n8n-workflow';

import { AUTHENTICATE_AS_PATH, RATE_LIMITS_PATH } from './nodeOptionPaths';
import { oncePerRun } from '../../shared/transport/perRun';
import { toInputNodeError } from '../../shared/transport/inputNodeError';
import type { RateSettings } from '../../shared/pacing/rateLimits';
import { readRateSettings } from '../../shared/pacing/rateLimits';
import type { AuthenticateAs } from '../../shared/api/tokens';

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
			return {
				forced: ctx.getNodeParameter(AUTHENTICATE_AS_PATH, 'auto') as AuthenticateAs,
				rates: readRateSettings(ctx.getNodeParameter(RATE_LIMITS_PATH, {})),
			};
		} catch (error) {
			throw toInputNodeError(ctx.getNode(), error, { itemIndex });
		}
	};
	const once = oncePerRun(ctx, 'nodeSettings', () => {
		const raw = ctx.getNode().parameters as INodeParameters;
		const group = (path: string) => raw[path.slice(0, path.indexOf('.'))];
		const perItem = JSON.stringify([group(AUTHENTICATE_AS_PATH), group(RATE_LIMITS_PATH)]).includes('"=');
		return perItem ? undefined : read();
	});
	return once ?? read();
}
