import type { INodeProperties } from 'n8n-workflow';

import { eventsField, filtersField } from '../shared/webhooks/filters';
import { PACHCA_SENDER_IP } from '../shared/webhooks/verifyDelivery';
import { sessionOption } from '../shared/webhooks/agentInput';
import { setupFieldsV1, setupNoticesV2, setupOptionsV2 } from './setupFields';

export const triggerProperties: INodeProperties[] = [
	eventsField,
	...setupFieldsV1,
	...setupNoticesV2,
	filtersField,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			sessionOption,
			{
				displayName: 'Allowed Sender IPs',
				name: 'allowedIps',
				type: 'string',
				default: '',
				placeholder: PACHCA_SENDER_IP,
				description: `Accept deliveries only from these addresses, separated by commas. Pachca sends from ${PACHCA_SENDER_IP}.`,
			},
			{
				displayName: 'Behind a Trusted Proxy',
				name: 'trustedProxy',
				type: 'boolean',
				default: false,
				description:
					'Whether n8n sits behind a reverse proxy you control that appends the sender to ' +
					'X-Forwarded-For. Only then is the last X-Forwarded-For entry used as the sender address; ' +
					'otherwise the connection address is.',
			},
			// Bot ID, Overwrite Bot URL When Testing, Registration (version 2 on), in n8n's alphabetical order.
			...setupOptionsV2,
			{
				displayName: 'Timestamp Window (Seconds)',
				name: 'timestampWindow',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 60,
				description:
					'Reject deliveries whose webhook_timestamp is further than this from now, so a captured ' +
					'delivery cannot be replayed later',
			},
		],
	},
];
