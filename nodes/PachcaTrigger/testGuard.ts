import type { ICredentialDataDecryptedObject, IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { botUserId } from '../shared/webhooks/botIdentity';
import { CREDENTIAL_NAME } from '../shared/send/planCall';
import { tokenOf } from '../shared/api/tokens';
import { readBot } from './botSettings';
import { otherWebhookOfThisN8n, sameNodeUrl } from './hookContext';

const OVERWRITE = 'turn on "Overwrite Bot URL When Testing" if no published workflow uses this bot';

/** What a test would replace, judged from the URL: this node's production URL, another workflow of this n8n, or elsewhere. */
function whoOwns(current: string, url: string): { whose?: string; step: string; description: string } {
	if (sameNodeUrl(current, url))
		return {
			step: 'unpublish this workflow (Deactivate in n8n 1.x) before testing',
			description:
				"That is this workflow's production URL, so the workflow is published. A test would cut it off; or test with another bot.",
		};
	const other = otherWebhookOfThisN8n(current, url);
	if (other?.testing)
		return {
			whose: 'the test URL of another workflow of this n8n',
			step: 'stop that test first (or let it time out), then test again',
			description:
				'That is the test URL of another workflow of this n8n, which is listening for a test event with ' +
				'the same bot. A bot has one webhook URL, so only one test at a time can use it; or test with another bot.',
		};
	if (other)
		return {
			whose: 'the production URL of another published workflow of this n8n',
			step: 'unpublish that workflow first (Deactivate in n8n 1.x), then test again',
			description:
				`That is the production URL of another published workflow of this n8n (webhook path ${other.path}). ` +
				'n8n does not let a node look up other workflows, so it cannot name it: on the Overview page, open the ' +
				"published workflows that have a Pachca Trigger with this bot; that workflow's trigger shows this URL " +
				'under Webhook URLs → Production URL. A test would cut it off; or test with another bot.',
		};
	return {
		step: 'clear Webhook URL in the bot settings (Outgoing Webhook) if nothing uses it any more',
		description: 'A test would replace that URL and cut off whatever receives it; or test with another bot.',
	};
}

/** A test would replace `current`: the one next step is in the message, the rest in the description. */
export function replacingLiveUrl(ctx: IHookFunctions, current: string, url: string): NodeOperationError {
	const { whose, step, description } = whoOwns(current, url);
	const where = whose ? `${current}, ${whose}` : current;
	return new NodeOperationError(ctx.getNode(), `The bot already sends its events to ${where}: ${step}.`, {
		description,
	});
}

/**
 * "Test this trigger" with Bot ID empty: the Bot Token can set the bot's URL but not read it.
 * With an Admin (or Owner) Token too, the node finds the bot (GET /profile with the Bot Token)
 * and reads its current URL, so the first test just listens when nothing else uses the bot.
 * Returns whether the bot already delivers to `url`.
 */
export async function checkBeforeTest(ctx: IHookFunctions, url: string): Promise<boolean> {
	const credentials = await ctx.getCredentials<ICredentialDataDecryptedObject>(CREDENTIAL_NAME);
	if (tokenOf(credentials, 'admin') === '' && tokenOf(credentials, 'owner') === '') {
		throw new NodeOperationError(
			ctx.getNode(),
			`A test would replace the bot's webhook URL unseen: add an Admin Token to the credential, or ${OVERWRITE}.`,
			{
				description:
					'With only the Bot Token the node cannot read the URL the bot uses now (Pachca lets a bot ' +
					'set its URL, not read it). Other ways: fill in Bot ID, set Registration to Manual and ' +
					'paste the Test URL into the bot settings, or test with the Pachca Polling Trigger.',
			},
		);
	}
	const botId = await botUserId(ctx, {}, 'Automatic registration with Bot ID empty');
	const current = await readBot(ctx, botId).catch(() => {
		throw new NodeOperationError(
			ctx.getNode(),
			`The Admin Token may not read bot ${botId}'s settings, so a test could replace its webhook URL unseen: ${OVERWRITE}.`,
			{
				description:
					'Or let administrators edit the bot (bot settings → Access) and test again, or set ' +
					'Registration to Manual and paste the Test URL into the bot settings.',
			},
		);
	});
	if (current.url !== '' && current.url !== url) throw replacingLiveUrl(ctx, current.url, url);
	return current.url === url;
}
