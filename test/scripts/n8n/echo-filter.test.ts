// eslint-disable-next-line @typescript-eslint/no-require-imports
const { echoToTerminal } = require('../../../scripts/n8n/echo-filter');

// Lines as n8n 2.41 logs them offline when the node panel opens (taken from a real run's n8n.log).
const OFFLINE_NOISE = [
	'getaddrinfo ENOTFOUND api-staging.n8n.io',
	'Error: getaddrinfo ENOTFOUND api-staging.n8n.io',
	'    at AxiosError.from (/x/node_modules/@n8n/backend-network/node_modules/axios/dist/node/axios.cjs:1355:24)',
	'    at RedirectableRequest.handleRequestError (/x/axios.cjs:4026:25)',
	'    at paginatedRequest (/x/node_modules/n8n/src/utils/strapi-utils.ts:90:15)',
	'    at CommunityNodeTypesService.fetchNodeTypes (/x/community-node-types.service.ts:94:13)',
	'    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:111:26)',
	'Error fetching from Strapi API (https://api-staging.n8n.io/api/community-nodes): getaddrinfo ENOTFOUND api-staging.n8n.io',
	'Failed to fetch community node types',
	'Failed to start Python task runner in internal mode. because its virtual environment is missing',
];

describe('what npm start shows of n8n’s output', () => {
	it("drops n8n's offline failures and their stack traces", () => {
		expect(OFFLINE_NOISE.filter((line) => echoToTerminal(line))).toEqual([]);
	});

	it("keeps the package's lines, activations and other errors", () => {
		const kept = [
			'Activated workflow "Pachca example 3: /echo command bot" (ID: pachcaExample03)',
			'Pachca Trigger "On /echo": the credential has no Webhook Signing Secret, so deliveries are accepted without a signature check.',
			"http://127.0.0.1:4000 answered, but not as Pachca's API (text/html, no token information). Check the Base URL",
			'Error: ENOSPC: no space left on device, write',
		];
		expect(kept.filter((line) => echoToTerminal(line))).toEqual(kept);
		// Stack frames of other errors stay in n8n.log only; the package's own frames are shown.
		expect(echoToTerminal('    at Object.request (/x/node_modules/n8n-core/dist/request.js:1:1)')).toBe(false);
		expect(echoToTerminal('    at sendOperation (/x/n8n-nodes-pachca-plus/dist/nodes/Pachca/transport.js:1:1)')).toBe(
			true,
		);
	});
});
