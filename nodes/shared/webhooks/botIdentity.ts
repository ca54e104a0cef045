import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { CREDENTIAL_NAME } from '../send/planCall';
import type { SendContext } from '../send/sendCall';
import { sendPachcaCall } from '../send/sendCall';
import { tokenOf } from '../api/tokens';

/** The Bot Token must be filled in: some calls only make sense as the bot itself. */
export async function requireBotToken(ctx: SendContext, why: string, alternative = ''): Promise<void> {
	const credentials = await ctx.getCredentials<ICredentialDataDecryptedObject>(CREDENTIAL_NAME);
	if (tokenOf(credentials, 'bot') === '') {
		throw new NodeOperationError(
			ctx.getNode(),
			`${why} needs the Bot Token, and it is empty in the Pachca API credential.`,
			{
				description: `Paste the bot's token (Automations → Integrations → your bot → API) into the credential's Bot Token field${alternative}.`,
			},
		);
	}
}

/**
 * The bot's own user ID (a bot's ID equals its user ID): `knownId` when given, else asked once
 * with the Bot Token (GET /profile) and kept in static data.
 */
export async function botUserId(ctx: SendContext, store: IDataObject, why: string, knownId?: number): Promise<number> {
	if (knownId !== undefined) return knownId;
	if (typeof store.botUserId === 'number') return store.botUserId;
	await requireBotToken(ctx, why);
	const profile = (await sendPachcaCall(ctx, 'profile.get')) as { data?: { id?: unknown; nickname?: unknown } };
	const id = profile.data?.id;
	if (typeof id !== 'number') {
		throw new NodeOperationError(
			ctx.getNode(),
			'Pachca did not say which user the Bot Token belongs to (GET /profile returned no id).',
		);
	}
	store.botUserId = id;
	if (typeof profile.data?.nickname === 'string') store.botNickname = profile.data.nickname;
	return id;
}

/**
 * The bot's nickname, to take its @mention out of the text an agent reads: kept in static data,
 * else asked once (the user `knownId` when the trigger names its bot, else the Bot Token's profile).
 * Undefined when Pachca cannot tell: the mention then stays in the text, the event still runs.
 */
export async function botNickname(ctx: SendContext, store: IDataObject, knownId?: number): Promise<string | undefined> {
	if (typeof store.botNickname === 'string') return store.botNickname;
	const credentials = await ctx.getCredentials<ICredentialDataDecryptedObject>(CREDENTIAL_NAME);
	try {
		const answer = (
			knownId !== undefined
				? await sendPachcaCall(ctx, 'user.get', { path: { id: knownId } })
				: tokenOf(credentials, 'bot') !== ''
					? await sendPachcaCall(ctx, 'profile.get')
					: undefined
		) as { data?: { nickname?: unknown } } | undefined;
		const nickname = answer?.data?.nickname;
		if (typeof nickname !== 'string' || nickname === '') return undefined;
		store.botNickname = nickname;
		return nickname;
	} catch {
		return undefined;
	}
}
