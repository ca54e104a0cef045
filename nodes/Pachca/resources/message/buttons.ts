import type { IDataObject, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { InputError, parseJsonField } from '../../../shared/api/validation';
import type { CollectionOption } from '../../fields/collection';
import { place } from '../../../shared/send/checkFields';

/** Pachca's limits for message buttons. */
const PER_ROW = 8;
const PER_MESSAGE = 100;
const MAX_TEXT = 255;

type Button = { text: string; url?: string; data?: string };

const ROW_NOTICE: INodeProperties = {
	displayName:
		'One row of buttons, left to right (rows go top to bottom). A link button needs a URL; a data ' +
		'button needs Data, which the bot gets as a Button Clicked event.',
	name: 'rowNotice',
	type: 'notice',
	default: '',
};

/** Checks rows of buttons: text, and exactly one of a link or data; Pachca's count limits. */
export function checkButtons(rows: unknown, label: string): Button[][] {
	if (!Array.isArray(rows) || !rows.every(Array.isArray)) {
		throw new InputError(
			`${label} must be a list of rows, each a list of buttons, e.g. [[{"text": "Open", "url": "https://…"}]].`,
		);
	}
	let count = 0;
	return rows.map((row: unknown[], r) => {
		if (row.length > PER_ROW)
			throw new InputError(
				`${label}: row ${r + 1} has ${row.length} buttons; Pachca allows at most ${PER_ROW} in a row.`,
			);
		return row.map((button, b) => {
			const where = `${label}: row ${r + 1}, button ${b + 1}`;
			const { text, url, data } = (typeof button === 'object' && button !== null ? button : {}) as IDataObject;
			if (typeof text !== 'string' || text.trim() === '')
				throw new InputError(`${where} has no text. Enter the label shown on the button.`);
			if (text.length > MAX_TEXT) throw new InputError(`${where}: the text is longer than ${MAX_TEXT} characters.`);
			const hasUrl = typeof url === 'string' && url.trim() !== '';
			const hasData = typeof data === 'string' && data.trim() !== '';
			if (hasUrl === hasData)
				throw new InputError(
					`${where} ("${text}") needs either a URL (opens a link) or data (sent to the bot), not ${hasUrl ? 'both' : 'neither'}.`,
				);
			if (hasData && (data as string).length > MAX_TEXT)
				throw new InputError(`${where} ("${text}"): data is longer than ${MAX_TEXT} characters.`);
			if (++count > PER_MESSAGE)
				throw new InputError(`${label} has more than ${PER_MESSAGE} buttons, Pachca's limit for one message.`);
			return hasUrl ? { text, url: (url as string).trim() } : { text, data: data as string };
		});
	});
}

interface ButtonsUi {
	rows?: Array<{
		buttons?: { button?: Array<{ text?: string; onClick?: 'url' | 'data'; url?: string; data?: string }> };
	}>;
}

/** Rows from the builder; On Click picks which of URL and data is sent. */
function rowsFromUi(value: unknown): Button[][] {
	const rows = (value as ButtonsUi | undefined)?.rows ?? [];
	return rows.map((row) =>
		(row.buttons?.button ?? []).map(({ text = '', onClick = 'url', url, data }) =>
			onClick === 'url' ? { text, url: url ?? '' } : { text, data: data ?? '' },
		),
	);
}

/** Both button fields write `message.buttons`; filling both is a mistake worth naming. */
function setButtons(options: IHttpRequestOptions, rows: Button[][], label: string): IHttpRequestOptions {
	const body = (options.body ?? {}) as { message?: { buttons?: unknown } };
	if (body.message?.buttons !== undefined)
		throw new InputError(`${label}: the buttons are set twice. Use either Buttons or Buttons as JSON, not both.`);
	return place(options, 'body:message.buttons', rows);
}

/** Buttons as a builder (rows of buttons) and as JSON; an empty list removes all buttons. */
export function buttonOptions(option: CollectionOption, jsonDescription: string): INodeProperties[] {
	const button: INodeProperties[] = [
		{ displayName: 'Text', name: 'text', type: 'string', default: '', description: 'Label on the button' },
		{
			displayName: 'On Click',
			name: 'onClick',
			type: 'options',
			default: 'url',
			options: [
				{ name: 'Open a Link', value: 'url', description: 'Needs a URL. Pachca opens it; the bot is not told.' },
				{
					name: 'Send Data to the Bot',
					value: 'data',
					description: 'Needs Data. Pachca sends a Button Clicked event with it to the bot (Pachca Trigger).',
				},
			],
		},
		{
			displayName: 'URL',
			name: 'url',
			type: 'string',
			default: '',
			placeholder: 'https://example.com',
			hint: 'A link button needs this URL; Pachca opens it and the bot is not told',
			displayOptions: { show: { onClick: ['url'] } },
		},
		{
			displayName: 'Data',
			name: 'data',
			type: 'string',
			default: '',
			hint: 'A data button needs this (up to 255 characters): the bot gets it in a Button Clicked event',
			displayOptions: { show: { onClick: ['data'] } },
		},
	];
	const row: INodeProperties = {
		displayName: 'Buttons in This Row',
		name: 'buttons',
		type: 'fixedCollection',
		// n8n's newer collection layout titles each entry with this; the classic one shows no titles.
		typeOptions: {
			multipleValues: true,
			fixedCollection: { itemTitle: '={{ $collection.item.value.text || "Button " + ($collection.item.index + 1) }}' },
		},
		placeholder: 'Add Button to Row',
		default: {},
		options: [{ name: 'button', displayName: 'Button', values: button }],
	};
	return [
		option.via(
			{
				displayName: 'Buttons',
				name: 'buttonsUi',
				type: 'fixedCollection',
				typeOptions: {
					multipleValues: true,
					fixedCollection: { itemTitle: '={{ "Row " + ($collection.item.index + 1) }}' },
				},
				placeholder: 'Add Row',
				default: {},
				description: 'Rows of buttons (up to 8 in a row, 100 in all); no rows removes all buttons',
				// n8n's classic layout titles no entry, so each row says what it holds (a notice sends nothing).
				options: [{ name: 'rows', displayName: 'Row', values: [ROW_NOTICE, row] }],
			},
			'body:message.buttons',
			async (_ctx, value, label, options) => setButtons(options, checkButtons(rowsFromUi(value), label), label),
		),
		option.via(
			{
				displayName: 'Buttons as JSON (Instead of Buttons)',
				name: 'buttons',
				type: 'json',
				default: '[]',
				description: `${jsonDescription}. Use instead of Buttons when the rows come from an expression; fill in only one of the two.`,
			},
			'body:message.buttons',
			async (_ctx, value, label, options) =>
				setButtons(options, checkButtons(parseJsonField(value, label), label), label),
		),
	];
}
