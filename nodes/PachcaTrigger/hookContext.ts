import type { ICredentialDataDecryptedObject, IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { CREDENTIAL_NAME } from '../shared/send/planCall';
import { setupParameter } from './config';

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

/**
 * Whether `current` is a webhook of this n8n other than this node's: n8n serves every webhook
 * under one base, production at `<base>/webhook/…` and tests at `<base>/webhook-test/…` (the
 * endpoint names can be changed; this node's own URL says which are in use).
 */
export function otherWebhookOfThisN8n(current: string, url: string): { path: string; testing: boolean } | undefined {
	const parts = url.replace(/\/+$/, '').split('/');
	if (parts.length < 6) return undefined;
	const base = parts.slice(0, -3).join('/');
	const endpoint = parts[parts.length - 3];
	const [segment, ...rest] = current
		.replace(/\/+$/, '')
		.slice(base.length + 1)
		.split('/');
	if (!current.startsWith(`${base}/`) || rest.length === 0) return undefined;
	const testEndpoint = endpoint.endsWith('-test') ? endpoint : `${endpoint}-test`;
	const productionEndpoint = testEndpoint.slice(0, -'-test'.length);
	if (segment !== testEndpoint && segment !== productionEndpoint) return undefined;
	return { path: rest.join('/'), testing: segment === testEndpoint };
}

/** Bot ID as typed, when it is a usable ID (deactivation must not fail over a field being edited). */
export function botIdOf(ctx: IHookFunctions): number | undefined {
	if (setupParameter(ctx, 'registration', 'automatic') === 'manual') return undefined;
	const text = String(setupParameter(ctx, 'botId', '') ?? '').trim();
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
