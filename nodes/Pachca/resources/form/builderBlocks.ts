import type { IDataObject } from 'n8n-workflow';

import { FIELD_TYPES } from './blocks';

type UiOption = { text?: string; value?: string; description?: string; preselected?: boolean };

/** A builder entry as a block of Pachca's view: only the settings its type takes, empty ones left out. */
function toBlock(entry: IDataObject): IDataObject {
	const type = String(entry.type ?? '');
	const block: IDataObject = { type };
	const copy = (key: string, value: unknown) => {
		if (value !== undefined && value !== '' && value !== false) block[key] = value as IDataObject[string];
	};
	if (['header', 'plain_text', 'markdown'].includes(type)) copy('text', entry.text);
	if (!FIELD_TYPES.includes(type)) return block;
	copy('name', entry.name);
	copy('label', entry.label);
	if (type === 'input') {
		for (const key of ['placeholder', 'multiline', 'initial_value']) copy(key, entry[key]);
		// 0 is the builder's "not set" for both lengths.
		if (Number(entry.min_length) > 0) block.min_length = Number(entry.min_length);
		// 3000 is Pachca's own limit, so only a lower one is sent.
		if (Number(entry.max_length) > 0 && Number(entry.max_length) < 3000) block.max_length = Number(entry.max_length);
	}
	if (['select', 'radio', 'checkbox'].includes(type)) {
		const preset = type === 'checkbox' ? 'checked' : 'selected';
		block.options = (((entry.options as IDataObject | undefined)?.option ?? []) as UiOption[]).map(
			({ text, value, description, preselected }) => ({
				text: text ?? '',
				value: value ?? '',
				...(description ? { description } : {}),
				...(preselected ? { [preset]: true } : {}),
			}),
		);
	}
	if (type === 'date' && entry.initial_date) block.initial_date = String(entry.initial_date).slice(0, 10);
	if (type === 'time') copy('initial_time', entry.initial_time);
	if (type === 'file_input') {
		const extensions = String(entry.filetypes ?? '')
			.split(',')
			.map((part) => part.trim().replace(/^\./, ''))
			.filter((part) => part !== '');
		if (extensions.length) block.filetypes = extensions;
		if (entry.max_files !== undefined) block.max_files = Number(entry.max_files);
	}
	copy('required', entry.required);
	copy('hint', entry.hint);
	return block;
}

/** The builder's value (`{ block: [...] }`) as the view's `blocks`. */
export function blocksFromBuilder(value: unknown): IDataObject[] {
	return (((value as IDataObject | undefined)?.block ?? []) as IDataObject[]).map(toBlock);
}
