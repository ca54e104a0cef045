import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { requireBotToken } from '../shared/botIdentity';
import { pachcaRequest } from '../shared/request';
import { subscribableEvents } from '../shared/webhookEvents';
import { readConfig } from './config';
import { botIdOf, isTesting, sameEvents, sameNodeUrl, warnIfUnsigned, webhookUrl } from './hookContext';

/** What this node wrote into Pachca, kept in static data so deactivation clears only that. */
interface Registration {
	url: string;
	botId?: number;
}

/** A 404 on /bots/{id} is about the Bot ID field: say so instead of the generic hint. */
const explainBotError = (botId: number) => (error: unknown) => {
	if (error instanceof NodeApiError && error.httpCode === '404') {
		error.description = `Pachca has no bot ${botId} that the token's user may edit. Check Bot ID, and that the bot's settings let administrators edit it (or that this user created it).`;
	}
	throw error;
};

async function readBot(ctx: IHookFunctions, botId: number): Promise<{ url: string; events: string[] }> {
	const body = (await pachcaRequest(ctx, 'bot.get', { path: { id: botId } }).catch(explainBotError(botId))) as {
		data?: { webhook?: { outgoing_url?: string | null; events?: string[] } };
	};
	const webhook = body.data?.webhook ?? {};
	return { url: webhook.outgoing_url ?? '', events: webhook.events ?? [] };
}

/** Writes the outgoing URL ('' turns the webhook off); with a Bot ID also the subscribed events. */
async function writeUrl(ctx: IHookFunctions, url: string, botId?: number, events?: string[]): Promise<void> {
	if (botId === undefined) {
		await requireBotToken(ctx, 'Automatic registration with Bot ID empty', ', or fill in Bot ID to register with the Admin Token');
		await pachcaRequest(ctx, 'bot.setOwnWebhook', { body: { webhook: { outgoing_url: url } } });
		return;
	}
	const webhook: IDataObject = { outgoing_url: url };
	if (events) webhook.events = events;
	await pachcaRequest(ctx, 'bot.update', { path: { id: botId }, body: { webhook } }).catch(explainBotError(botId));
}

/** Whether the bot already delivers exactly as wanted; refuses a test that would replace a live URL. */
export async function registrationExists(ctx: IHookFunctions): Promise<boolean> {
	const config = readConfig(ctx);
	await warnIfUnsigned(ctx);
	if (config.registration === 'manual') return true;
	const url = webhookUrl(ctx);
	if (config.botId === undefined) {
		if (isTesting(ctx) && !config.overwriteWhenTesting) {
			throw new NodeOperationError(ctx.getNode(), "Listening for a test event would replace the bot's webhook URL, and with only the Bot Token the node cannot see which URL the bot uses now.", {
				description:
					'If a workflow is active with this bot, a test would cut off its deliveries. Fill in Bot ID (with an Admin Token in the credential) so the node can check the bot first; or set Registration to Manual and paste the Test URL into the bot settings; or test with the Pachca Polling Trigger; or, if no active workflow uses this bot, turn on "Overwrite Bot URL When Testing".',
			});
		}
		// A bot can set its URL but not read it, so activation always (re)writes it.
		return false;
	}
	const current = await readBot(ctx, config.botId);
	if (isTesting(ctx) && current.url !== '' && current.url !== url) {
		throw new NodeOperationError(ctx.getNode(), `The bot already sends its events to ${current.url}; listening for a test event would replace that URL.`, {
			description: sameNodeUrl(current.url, url)
				? "That is this workflow's production URL, so the workflow is active. Deactivate it before listening for a test event, or test with another bot."
				: 'If nothing uses that URL any more, clear Webhook URL in the bot settings (Outgoing Webhook); otherwise test with another bot.',
		});
	}
	return current.url === url && sameEvents(current.events, subscribableEvents(config.filters.events));
}

export async function createRegistration(ctx: IHookFunctions): Promise<boolean> {
	const config = readConfig(ctx);
	const url = webhookUrl(ctx);
	const events = config.botId === undefined ? undefined : subscribableEvents(config.filters.events);
	await writeUrl(ctx, url, config.botId, events);
	const registration: Registration = config.botId === undefined ? { url } : { url, botId: config.botId };
	ctx.getWorkflowStaticData('node').registration = registration as unknown as IDataObject;
	return true;
}

/** Clears the bot's URL, but only while it is still this node's URL. */
export async function deleteRegistration(ctx: IHookFunctions): Promise<boolean> {
	const store = ctx.getWorkflowStaticData('node');
	const saved = store.registration as Registration | undefined;
	if (saved === undefined && ctx.getNodeParameter('registration', 'automatic') === 'manual') return true;
	const url = webhookUrl(ctx);
	const botId = saved ? saved.botId : botIdOf(ctx);
	if (botId !== undefined) {
		const current = await readBot(ctx, botId);
		if (current.url === url) await writeUrl(ctx, '', botId);
	} else if (saved?.url === url) {
		// Without an Admin Token the bot's URL cannot be read: static data says it is ours.
		await writeUrl(ctx, '');
	}
	delete store.registration;
	return true;
}
