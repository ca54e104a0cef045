import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { InputError, parseJsonField, toTextList } from '../../../shared/api/validation';
import { setPath } from '../../../shared/send/checkFields';

/** `a.b.c` of an object, or undefined. */
function valueAt(source: IDataObject, path: string): unknown {
	return path
		.split('.')
		.reduce<unknown>(
			(value, key) => (typeof value === 'object' && value !== null ? (value as IDataObject)[key] : undefined),
			source,
		);
}

/** The input item's JSON, or only the listed fields of it (dot paths keep their nesting). */
function fromItem(ctx: IExecuteSingleFunctions): IDataObject {
	const json = ctx.getInputData().json ?? {};
	const only = String(ctx.getNodeParameter('fieldsToSend', '') ?? '').trim();
	if (only === '') return json;
	const body: IDataObject = {};
	for (const path of toTextList(only, 'Fields to Send')) {
		const value = valueAt(json, path);
		if (value === undefined) {
			throw new InputError(
				`Fields to Send: the input item has no field "${path}". Remove it from the list, or check ` +
					`its name (dots reach into nested fields: order.client).`,
			);
		}
		setPath(body, path, value);
	}
	return body;
}

/** Name/value pairs from the fixed collection; a name with dots nests. */
function fromFields(ctx: IExecuteSingleFunctions): IDataObject {
	const pairs = (ctx.getNodeParameter('bodyFields.field', []) ?? []) as Array<{ name?: string; value?: unknown }>;
	const body: IDataObject = {};
	pairs.forEach((pair, index) => {
		const name = String(pair.name ?? '').trim();
		if (name === '')
			throw new InputError(
				`Fields (field ${index + 1}) has no name. Enter the name the bot's template uses, e.g. client.`,
			);
		setPath(body, name, pair.value ?? '');
	});
	return body;
}

/**
 * The JSON object posted to the webhook, from the chosen source. Pachca's template reads its
 * fields by name, so anything other than an object is refused before sending.
 */
export function incomingWebhookBody(ctx: IExecuteSingleFunctions): IDataObject {
	const source = ctx.getNodeParameter('specifyBody', 'item') as string;
	if (source === 'keypair') return fromFields(ctx);
	if (source === 'item') return fromItem(ctx);
	const parsed = parseJsonField(ctx.getNodeParameter('jsonBody', '{}'), 'JSON');
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		throw new InputError(
			'JSON must be an object, like {"client": "Acme", "amount": 120}: the bot\'s template reads its fields by name.',
		);
	}
	return parsed as IDataObject;
}
