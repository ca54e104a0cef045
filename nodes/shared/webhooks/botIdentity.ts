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
	const profile = (await sendPachcaCall(ctx, 'profile.get')) as { data?: { id?: unknown } };
	const id = profile.data?.id;
	if (typeof id !== 'number') {
		throw new NodeOperationError(
			ctx.getNode(),
			'Pachca did not say which user the Bot Token belongs to (GET /profile returned no id).',
		);
	}
	store.botUserId = id;
	return id;
}
