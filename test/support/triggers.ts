import type { IDataObject } from 'n8n-workflow';

import { triggerSetup } from '../harness';
import type { FakePachca, Tokens } from './pachca';
import { credentialsFor } from './pachca';

export type TriggerSetup = Awaited<ReturnType<typeof triggerSetup>>;

export const SECRET = 'whsec-test-signing-secret';

/** A trigger node of this package in a one-node workflow, with a credential pointing at the fake. */
export async function triggerFor(
	fake: FakePachca,
	node: 'pachcaTrigger' | 'pachcaPollingTrigger',
	parameters: IDataObject,
	{ tokens, secret = SECRET, typeVersion }: { tokens?: Tokens; secret?: string; typeVersion?: number } = {},
): Promise<TriggerSetup> {
	return await triggerSetup({
		node,
		parameters,
		credentials: { ...credentialsFor(fake, tokens), signingSecret: secret },
		typeVersion,
	});
}

/** A new-message payload as Pachca delivers it (without webhook_timestamp; the sender stamps it). */
export function messagePayload(overrides: IDataObject = {}): IDataObject {
	return {
		type: 'message',
		id: 56431,
		event: 'new',
		entity_type: 'discussion',
		entity_id: 101,
		content: 'Deploy finished',
		user_id: 5,
		created_at: '2025-04-14T08:18:54.000Z',
		url: 'https://app.pachca.com/chats/101?message=56431',
		chat_id: 101,
		parent_message_id: null,
		thread: null,
		...overrides,
	};
}

/** The outcome of a call that should fail: its error, or a test failure when it succeeded. */
export async function failureOf(action: Promise<unknown>): Promise<{ message: string; description?: string }> {
	const outcome = await action.then(
		() => undefined,
		(error: { message: string; description?: string }) => error,
	);
	if (!outcome) throw new Error('Expected a failure, but it succeeded');
	return outcome;
}
