import type { IHookFunctions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { sendPachcaCall } from '../shared/send/sendCall';

/** A 404 on /bots/{id} is about the Bot ID field: say so instead of the generic hint. */
export const explainBotError = (botId: number) => (error: unknown) => {
	if (error instanceof NodeApiError && error.httpCode === '404') {
		error.description =
			`Pachca has no bot ${botId} that the token's user may edit. Check Bot ID, and that the ` +
			`bot's settings let administrators edit it (or that this user created it).`;
	}
	throw error;
};

/** The bot's outgoing URL and subscribed events, read with the Admin (or Owner) Token. */
export async function readBot(ctx: IHookFunctions, botId: number): Promise<{ url: string; events: string[] }> {
	const body = (await sendPachcaCall(ctx, 'bot.get', { path: { id: botId } }).catch(explainBotError(botId))) as {
		data?: { webhook?: { outgoing_url?: string | null; events?: string[] } };
	};
	const webhook = body.data?.webhook ?? {};
	return { url: webhook.outgoing_url ?? '', events: webhook.events ?? [] };
}
