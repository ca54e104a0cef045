import type { INode, INodeParameters, INodeProperties, INodeTypeDescription } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { activate, loadedPackage, n8nLogger } from '../../harness';
import { useFakePachca } from '../../support/pachca';
import { canvasSubtitle } from '../../support/subtitle';
import { triggerFor } from '../../support/triggers';

const fake = useFakePachca();

async function triggerDescription(): Promise<INodeTypeDescription> {
	return (await loadedPackage()).nodeTypes.pachcaTrigger.type.description as INodeTypeDescription;
}

function nodeOf(typeVersion: number, parameters: INodeParameters): INode {
	return {
		id: 't',
		name: 'Pachca Trigger',
		type: 'n8n-nodes-pachca-plus.pachcaTrigger',
		typeVersion,
		position: [0, 0],
		parameters,
	};
}

/** The top-level fields n8n's panel shows for these values, by name, as its displayParameter decides. */
function shown(description: INodeTypeDescription, node: INode): string[] {
	return description.properties
		.filter((property) => NodeHelpers.displayParameter(node.parameters, property, node, description))
		.map((property) => property.name);
}

/** The entries the Options collection offers ("Add Option"). */
function optionsOffered(description: INodeTypeDescription, node: INode): string[] {
	const options = description.properties.find((property) => property.name === 'options');
	const values = (node.parameters.options ?? {}) as INodeParameters;
	return ((options?.options ?? []) as INodeProperties[])
		.filter((option) => NodeHelpers.displayParameter(values, option, node, description))
		.map((option) => option.name);
}

describe('the Pachca Trigger panel', () => {
	it('is version 2 for new nodes: events, one notice, filters and options; the setup knobs under Options', async () => {
		const description = await triggerDescription();
		expect(description.version).toEqual([1, 2]);
		expect(description.defaultVersion).toBe(2);
		const node = nodeOf(2, { events: ['message_new'] });
		expect(shown(description, node)).toEqual(['events', 'automaticNotice', 'filters', 'options']);
		expect(optionsOffered(description, node)).toEqual(
			expect.arrayContaining(['botId', 'overwriteWhenTesting', 'registration']),
		);
		const notice = description.properties.find(
			(property) => property.name === 'automaticNotice' && !property.displayOptions?.show,
		);
		// n8n 2.x's editor says Publish; n8n 1.x's said Activate.
		expect(notice?.displayName).toMatch(/^Publishing the workflow \(Activate in n8n 1\.x\)/);
	});

	it('with Options → Registration: Manual shows the manual steps and no longer offers Bot ID', async () => {
		const description = await triggerDescription();
		const node = nodeOf(2, { events: ['message_new'], options: { registration: 'manual' } });
		expect(shown(description, node)).toEqual(['events', 'manualNotice', 'filters', 'options']);
		expect(optionsOffered(description, node)).not.toContain('botId');
		expect(optionsOffered(description, node)).not.toContain('overwriteWhenTesting');
	});

	it('keeps version 1 (saved workflows) as it was: the knobs on the panel, not twice under Options', async () => {
		const description = await triggerDescription();
		const node = nodeOf(1, { events: ['message_new'], registration: 'automatic', botId: '' });
		expect(shown(description, node)).toEqual([
			'events',
			'registration',
			'botId',
			'overwriteWhenTesting',
			'automaticNotice',
			'signingNotice',
			'filters',
			'options',
		]);
		expect(optionsOffered(description, node)).not.toContain('registration');
	});

	it('shows the picked events by name on the canvas', async () => {
		const description = await triggerDescription();
		const node = nodeOf(2, { events: ['message_new', 'button_click'] });
		const subtitle = canvasSubtitle(description, node);
		expect(subtitle).toBe('New Message, Button Clicked');
	});
});

describe("n8n's node panel entry for Pachca", () => {
	it("merges the node and its trigger into one entry whose description opens with the action node's own", async () => {
		const loader = await loadedPackage();
		const node = loader.nodeTypes.pachca.type.description as INodeTypeDescription;
		const trigger = loader.nodeTypes.pachcaTrigger.type.description as INodeTypeDescription;
		// n8n 2.41's node creator (generateMergedNodesAndActions): a trigger whose name without
		// "Trigger" is a node with actions joins that node's entry, and the entry takes the trigger's description.
		expect(trigger.name.replace('Trigger', '')).toBe(node.name);
		const polling = loader.nodeTypes.pachcaPollingTrigger.type.description as INodeTypeDescription;
		expect(polling.name.replace('Trigger', '')).not.toBe(node.name); // its own entry, "Pachca Polling"
		const entryDescription = trigger.description;
		expect(entryDescription.startsWith(node.description)).toBe(true);
		expect(entryDescription).toContain("start a workflow on the bot's events");
	});
});

describe('Pachca Trigger version 2 reads the setup knobs from Options', () => {
	const bot = () => fake.state.bots.get(3).webhook;
	beforeEach(() => {
		bot().outgoing_url = null;
	});

	it('Options → Bot ID registers through the Admin Token, as top-level Bot ID does in version 1', async () => {
		for (const [typeVersion, parameters] of [
			[1, { events: ['message_new'], botId: '3' }],
			[2, { events: ['message_new'], options: { botId: '3' } }],
		] as const) {
			fake.clearRequests();
			const trigger = await triggerFor(fake, 'pachcaTrigger', parameters, {
				tokens: { admin: fake.tokens.admin },
				typeVersion,
			});
			await activate(trigger);
			expect(fake.requests.map((request) => `${request.method} ${request.path} ${request.role}`)).toEqual([
				'GET /bots/3 admin',
				'PUT /bots/3 admin',
			]);
			expect(bot().outgoing_url).toBe(trigger.webhookUrl());
			bot().outgoing_url = null;
		}
	});

	it('Options → Registration: Manual leaves the bot alone on publishing', async () => {
		const trigger = await triggerFor(
			fake,
			'pachcaTrigger',
			{ events: ['message_new'], options: { registration: 'manual' } },
			{ typeVersion: 2 },
		);
		await activate(trigger);
		expect(fake.requests).toHaveLength(0);
	});

	it("says in n8n's log at publishing that deliveries go unchecked, only when the credential has no secret", async () => {
		const logger = n8nLogger();
		const warn = jest.spyOn(logger, 'warn').mockImplementation(() => {});
		try {
			for (const secret of ['', 'whsec-set']) {
				warn.mockClear();
				const trigger = await triggerFor(
					fake,
					'pachcaTrigger',
					{ events: ['message_new'] },
					{ tokens: { bot: fake.tokens.bot }, secret, typeVersion: 2 },
				);
				await activate(trigger);
				const said = warn.mock.calls.map(([message]) => String(message));
				if (secret === '') expect(said).toEqual([expect.stringContaining('has no Webhook Signing Secret')]);
				else expect(said).toEqual([]);
			}
		} finally {
			warn.mockRestore();
		}
	});

	it('ignores a stale top-level Bot ID in version 2 (only Options count)', async () => {
		const trigger = await triggerFor(
			fake,
			'pachcaTrigger',
			{ events: ['message_new'], botId: '999' },
			{ tokens: { bot: fake.tokens.bot }, typeVersion: 2 },
		);
		await activate(trigger);
		expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['PUT /bot/webhook']);
	});
});
