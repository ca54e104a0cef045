import type { INodePropertyRouting, PreSendAction } from 'n8n-workflow';

import type { OperationKey } from '../../shared/api/catalogue';
import { OPERATIONS } from '../../shared/api/catalogue';

/**
 * Routing of one operation: method and path straight from the catalogue, sent through the node's
 * one send hook (nodes/Pachca/transport/sendOperation.ts), which finds the catalogue entry from
 * Resource and Operation (operationKey.ts). Path placeholders are filled by the ID fields themselves (placeField.ts). `checks` run before any field is read.
 */
export function route(key: OperationKey, ...checks: PreSendAction[]): INodePropertyRouting {
	const spec = OPERATIONS[key];
	return {
		request: { method: spec.method, url: spec.path },
		send: { paginate: true, preSend: checks },
	};
}
