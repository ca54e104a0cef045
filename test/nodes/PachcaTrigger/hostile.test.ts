import type { IDataObject } from 'n8n-workflow';

import { post, signBody } from '../../fake-pachca/sign';
import type { DeliveryServer } from '../../harness';
import { startDeliveryServer } from '../../harness';
import { useFakePachca } from '../../support/pachca';
import { SECRET, messagePayload, triggerFor } from '../../support/triggers';

// Cases found by the trigger fuzz (bench/fuzz-trigger.js): signed bodies that are valid JSON
// but nested so deep that walking them (the command filter, the redelivery key) overflowed the
// stack after the 200 had been sent.

const fake = useFakePachca();
let server: DeliveryServer | undefined;

afterEach(async () => {
	await server?.stop();
	server = undefined;
});

const now = () => Math.floor(Date.now() / 1000);

async function signedPost(body: string) {
	const trigger = await triggerFor(
		fake,
		'pachcaTrigger',
		{ events: ['message_new'], registration: 'manual', filters: { commands: '/echo' } },
		{ secret: SECRET },
	);
	server = await startDeliveryServer(trigger);
	return await post(server.url, body, {
		'content-type': 'application/json',
		'pachca-signature': signBody(body, SECRET),
	});
}

/** A message payload whose content is `value`, as raw JSON text. */
function withContent(contentJson: string): string {
	const head = JSON.stringify({ ...messagePayload(), webhook_timestamp: now() } as IDataObject).slice(0, -1);
	return `${head},"content":${contentJson}}`;
}

describe('Pachca Trigger: hostile signed bodies', () => {
	it.each([
		['an array', (depth: number) => '['.repeat(depth) + '"/echo"' + ']'.repeat(depth)],
		['an object', (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)],
	])('answers 400 to content nested 20,000 levels deep as %s, and starts nothing', async (_shape, nest) => {
		const response = await signedPost(withContent(nest(20000)));
		expect(response.status).toBe(400);
		expect(JSON.parse(response.text).error).toBe('Rejected: body is nested more than 32 levels deep');
		expect(server?.executions).toHaveLength(0);
		expect(server?.errors).toEqual([]);
	});

	it('still accepts a payload nested as deep as Pachca might send (buttons, thread, form values)', async () => {
		const nested = '['.repeat(10) + '"x"' + ']'.repeat(10);
		const body = withContent('"/echo deep"').replace(/}$/, `,"extra":${nested}}`);
		const response = await signedPost(body);
		expect(response.status).toBe(200);
		expect(server?.items).toEqual([expect.objectContaining({ content: '/echo deep', extra: JSON.parse(nested) })]);
	});
});
