import type { IDataObject, IHookFunctions } from 'n8n-workflow';

import { requireBotToken } from '../shared/webhooks/botIdentity';
import { sendPachcaCall } from '../shared/send/sendCall';
import { subscribableEvents } from '../shared/webhooks/events';
import { explainBotError, readBot } from './botSettings';
import { readConfig, setupParameter } from './config';
import { botIdOf, isTesting, sameEvents, warnIfUnsigned, webhookUrl } from './hookContext';
import { checkBeforeTest, replacingLiveUrl } from './testGuard';

/** What this node wrote into Pachca, kept in static data so deactivation clears only that. */
interface Registration {
	url: string;
	botId?: number;
}

/** Writes the outgoing URL ('' turns the webhook off); with a Bot ID also the subscribed events. */
async function writeUrl(ctx: IHookFunctions, url: string, botId?: number, events?: string[]): Promise<void> {
	if (botId === undefined) {
		await requireBotToken(
			ctx,
			'Automatic registration with Bot ID empty',
			', or fill in Bot ID to register with the Admin Token',
		);
		await sendPachcaCall(ctx, 'bot.setOwnWebhook', { body: { webhook: { outgoing_url: url } } });
		return;
	}
	const webhook: IDataObject = { outgoing_url: url };
	if (events) webhook.events = events;
	await sendPachcaCall(ctx, 'bot.update', { path: { id: botId }, body: { webhook } }).catch(explainBotError(botId));
}

/** Whether the bot already delivers exactly as wanted; refuses a test that would replace a live URL. */
export async function registrationExists(ctx: IHookFunctions): Promise<boolean> {
	const config = readConfig(ctx);
	await warnIfUnsigned(ctx);
	if (config.registration === 'manual') return true;
	const url = webhookUrl(ctx);
	if (config.botId === undefined) {
		if (isTesting(ctx) && !config.overwriteWhenTesting) return await checkBeforeTest(ctx, url);
		// A bot can set its URL but not read it, so activation always (re)writes it.
		return false;
	}
	const current = await readBot(ctx, config.botId);
	if (isTesting(ctx) && current.url !== '' && current.url !== url) throw replacingLiveUrl(ctx, current.url, url);
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
	if (saved === undefined && setupParameter(ctx, 'registration', 'automatic') === 'manual') return true;
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
