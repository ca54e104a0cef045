import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { itemCall } from '../../shared/send/customOperation';
import { sendPachcaCall } from '../../shared/send/sendCall';
import { DEFAULT_MAX_LENGTH, splitText } from './splitText';
import { triggerEventOf } from './triggerEvent';

type Target = { entity_type: string; entity_id: number };
type Call = (key: 'thread.create' | 'message.create', input: IDataObject) => Promise<unknown>;

/** The message an event is about: a message event's own id, or the message of a click or reaction. */
const messageIdOf = (event: IDataObject) =>
	(event.type === 'message' ? event.id : event.message_id) as number | undefined;

/** Where the answer goes; a chat message answered "in its thread" gets one (Pachca returns an existing thread). */
async function targetOf(ctx: IExecuteFunctions, event: IDataObject, replyIn: string, call: Call): Promise<Target> {
	if (event.entity_type === 'thread' && typeof event.entity_id === 'number')
		return { entity_type: 'thread', entity_id: event.entity_id };
	const messageId = messageIdOf(event);
	if (replyIn === 'chat' || typeof messageId !== 'number')
		return { entity_type: 'discussion', entity_id: event.chat_id as number };
	const thread = (await call('thread.create', { path: { id: messageId } })) as { data?: { id?: number } };
	if (typeof thread.data?.id !== 'number')
		throw new NodeOperationError(ctx.getNode(), `Pachca did not return the thread of message ${messageId}.`);
	return { entity_type: 'thread', entity_id: thread.data.id };
}

/** The text in the parts it is sent in; checked before anything is sent. */
function partsOf(ctx: IExecuteFunctions, itemIndex: number): string[] {
	const text = String(ctx.getNodeParameter('replyText', itemIndex, '') ?? '');
	const options = ctx.getNodeParameter('replyOptions', itemIndex, {}) as IDataObject;
	const max = Number(options.maxLength ?? DEFAULT_MAX_LENGTH);
	if (text.trim() === '')
		throw new NodeOperationError(ctx.getNode(), 'Text is empty: there is nothing to reply.', {
			itemIndex,
			description: "Map the answer into Text, e.g. {{ $json.output }} for an AI Agent's answer.",
		});
	if (!Number.isInteger(max) || max < 100)
		throw new NodeOperationError(
			ctx.getNode(),
			`Max Length must be a whole number of 100 or more; got "${options.maxLength}".`,
			{ itemIndex },
		);
	if (text.trim().length > max && options.longText === 'refuse')
		throw new NodeOperationError(
			ctx.getNode(),
			`Text is ${text.trim().length} characters, more than Max Length (${max}); nothing was sent.`,
			{
				itemIndex,
				description:
					'Shorten the text (e.g. ask the AI Agent for shorter answers), raise Max Length, or set Long Text to Split Into Several Messages.',
			},
		);
	return splitText(text, max);
}

/**
 * Message → Reply (a custom operation: it needs the item lineage, which declarative routing does
 * not see). Every request goes through the shared transport: token choice, pacing, retries, errors.
 */
export async function reply(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const output: INodeExecutionData[] = [];
	const items = this.getInputData();
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			// The node's Authenticate As, Rate Limits and Timeout for this item, as its other operations read them.
			const settings = itemCall(this, itemIndex);
			const call: Call = async (key, input) => await sendPachcaCall(this, key, { ...input, ...settings });
			const parts = partsOf(this, itemIndex);
			const event = triggerEventOf(this, itemIndex);
			const target = await targetOf(this, event, String(this.getNodeParameter('replyIn', itemIndex, 'thread')), call);
			for (const content of parts) {
				const sent = (await call('message.create', { body: { message: { ...target, content } } })) as IDataObject;
				output.push({ json: (sent.data ?? sent) as IDataObject, pairedItem: { item: itemIndex } });
			}
		} catch (error) {
			if (!this.continueOnFail()) throw error as NodeOperationError;
			output.push({ json: { error: (error as Error).message }, pairedItem: { item: itemIndex } });
		}
	}
	return [output];
}
