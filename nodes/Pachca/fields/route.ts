import type { INodePropertyRouting, PreSendAction } from 'n8n-workflow';

import type { OperationKey } from '../../shared/api/catalogue';
import { OPERATIONS } from '../../shared/api/catalogue';
import { awaitReadTurn } from '../transport/readTurn';

/**
 * Routing of one operation: method and path straight from the catalogue, sent through the node's
 * one send hook (nodes/Pachca/transport/sendOperation.ts), which finds the catalogue entry from
 * Resource and Operation (operationKey.ts). Path placeholders are filled by the ID fields
 * themselves (placeField.ts). Each item first waits for its turn to read its fields
 * (readTurn.ts); `checks` run before any field is read.
 */
export function route(key: OperationKey, ...checks: PreSendAction[]): INodePropertyRouting {
	const spec = OPERATIONS[key];
	return {
		request: { method: spec.method, url: spec.path },
		send: { paginate: true, preSend: [awaitReadTurn, ...checks] },
	};
}
