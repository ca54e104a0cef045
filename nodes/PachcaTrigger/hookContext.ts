import type { ICredentialDataDecryptedObject, IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { CREDENTIAL_NAME } from '../shared/send/planCall';

/** The URL n8n serves for this node in the current mode: the test URL while listening for a test event. */
export function webhookUrl(ctx: IHookFunctions): string {
	const url = ctx.getNodeWebhookUrl('default');
	if (!url)
		throw new NodeOperationError(
			ctx.getNode(),
			'n8n did not give this node a webhook URL. Save the workflow and try again.',
		);
	return url;
}

/** "Listen for test event" runs the hooks in manual mode; activation runs them as a trigger. */
export const isTesting = (ctx: IHookFunctions) => ctx.getMode() === 'manual';

export function sameEvents(current: string[], wanted: string[]): boolean {
	return current.length === wanted.length && wanted.every((name) => current.includes(name));
}

/** Test and production URLs of one node differ only in the base; both end in `<webhookId>/webhook`. */
export function sameNodeUrl(a: string, b: string): boolean {
	const tail = (url: string) => url.replace(/\/+$/, '').split('/').slice(-2).join('/');
	return tail(a) === tail(b);
}

/** Bot ID as typed, when it is a usable ID (deactivation must not fail over a field being edited). */
export function botIdOf(ctx: IHookFunctions): number | undefined {
	if (ctx.getNodeParameter('registration', 'automatic') === 'manual') return undefined;
	const text = String(ctx.getNodeParameter('botId', '') ?? '').trim();
	return /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : undefined;
}

/** Deliveries are accepted unsigned when the secret is empty; say so in the log on every activation. */
export async function warnIfUnsigned(ctx: IHookFunctions): Promise<void> {
	const credentials = await ctx.getCredentials<ICredentialDataDecryptedObject>(CREDENTIAL_NAME);
	if (String(credentials.signingSecret ?? '').trim() === '') {
		ctx.logger.warn(
			`Pachca Trigger "${ctx.getNode().name}": the credential has no Webhook Signing Secret, so ` +
				`deliveries are accepted without a signature check.`,
		);
	}
}
