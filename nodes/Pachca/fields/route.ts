import type { INodePropertyRouting } from 'n8n-workflow';

import type { OperationKey } from '../../shared/api/catalogue';
import type { Check, OperationRoute } from '../../shared/send/operations';

/**
 * An operation option's catalogue key and its own checks, as data for describeOperations, which
 * plans the operation from the catalogue entry and the fields the operation shows. `checks` run
 * before any field is read; a check made with `placing` writes a fixed value.
 */
export function route(key: OperationKey | 'incomingWebhook.send', ...checks: Check[]): INodePropertyRouting {
	const data: OperationRoute = { pachca: { key, checks } };
	return data;
}
