import type { INodeProperties } from 'n8n-workflow';

/**
 * Request Options (Settings tab): batching, proxy, certificate check and timeout, under the
 * names n8n's RoutingNode reads (`requestOptions.batching.batch`, `.proxy`, `.timeout`,
 * `.allowUnauthorizedCerts`) and requestTimeout reads.
 * n8n's loader adds this collection to declarative nodes by itself, but not to a node with a
 * webhook method, and Send and Wait's webhook gives the node one: so the node declares it.
 */
export const requestOptions: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	isNodeSetting: true,
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Batching',
			name: 'batching',
			type: 'fixedCollection',
			placeholder: 'Add Batching',
			typeOptions: { multipleValues: false },
			default: { batch: {} },
			options: [
				{
					displayName: 'Batching',
					name: 'batch',
					values: [
						{
							displayName: 'Items per Batch',
							name: 'batchSize',
							type: 'number',
							typeOptions: { minValue: -1 },
							default: 50,
							description: 'How many items start their requests together; -1 sends all at once',
						},
						{
							displayName: 'Batch Interval (Ms)',
							name: 'batchInterval',
							type: 'number',
							typeOptions: { minValue: 0 },
							default: 1000,
							description: 'Pause between two batches, in milliseconds; 0 for none',
						},
					],
				},
			],
		},
		{
			displayName: 'Ignore SSL Issues (Insecure)',
			name: 'allowUnauthorizedCerts',
			type: 'boolean',
			noDataExpression: true,
			default: false,
			description: 'Whether to connect even if SSL certificate validation is not possible',
		},
		{
			displayName: 'Proxy',
			name: 'proxy',
			type: 'string',
			default: '',
			placeholder: 'e.g. http://myproxy:3128',
			description:
				'HTTP proxy for the requests to Pachca, with credentials as http://user:password@host:port if it needs them',
		},
		{
			displayName: 'Timeout',
			name: 'timeout',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 10000,
			description: 'How long to wait for an answer, in milliseconds (60 s when not set)',
		},
	],
};
