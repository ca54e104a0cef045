import type { IDataObject } from 'n8n-workflow';

import { InputError } from '../../../shared/api/validation';

/** Fields each view block type takes (Pachca's View* block schemas), besides `type`. */
const FIELDS: Record<string, string[]> = {
	header: ['text'],
	plain_text: ['text'],
	markdown: ['text'],
	divider: [],
	input: ['name', 'label', 'placeholder', 'multiline', 'initial_value', 'min_length', 'max_length', 'required', 'hint'],
	select: ['name', 'label', 'options', 'required', 'hint'],
	radio: ['name', 'label', 'options', 'required', 'hint'],
	checkbox: ['name', 'label', 'options', 'required', 'hint'],
	date: ['name', 'label', 'initial_date', 'required', 'hint'],
	time: ['name', 'label', 'initial_time', 'required', 'hint'],
	file_input: ['name', 'label', 'filetypes', 'max_files', 'required', 'hint'],
};

export const BLOCK_TYPES = Object.keys(FIELDS);
/** Block types that are form fields: they have a name and send a value. */
export const FIELD_TYPES = BLOCK_TYPES.filter((type) => FIELDS[type].includes('name'));

/** Longest text Pachca takes per field; `text` depends on the block. */
const MAX_TEXT: Record<string, number> = { header: 150, plain_text: 12000, markdown: 12000 };
const MAX: Record<string, number> = { name: 255, label: 150, placeholder: 150, initial_value: 3000, hint: 2000 };
/** Options per choice block, and the flag that marks an option as preset. */
const OPTION_RULES: Record<string, { max: number; preset: 'selected' | 'checked'; described: boolean }> = {
	select: { max: 100, preset: 'selected', described: false },
	radio: { max: 10, preset: 'selected', described: true },
	checkbox: { max: 10, preset: 'checked', described: true },
};

type Fail = (problem: string) => InputError;

const isText = (value: unknown) => typeof value === 'string' && value.trim() !== '';

function checkText(block: IDataObject, field: string, max: number, required: boolean, fail: Fail): void {
	const value = block[field];
	if (value === undefined && !required) return;
	if (!isText(value)) throw fail(`${field} is ${value === undefined || value === '' ? 'empty' : 'not text'}`);
	if ((value as string).length > max) throw fail(`${field} is longer than ${max} characters`);
}

function checkWhole(block: IDataObject, field: string, min: number, max: number, fail: Fail): void {
	const value = block[field];
	if (value !== undefined && !(Number.isInteger(value) && (value as number) >= min && (value as number) <= max)) {
		throw fail(`${field} must be a whole number from ${min} to ${max}; got ${JSON.stringify(value)}`);
	}
}

function checkOptions(block: IDataObject, type: string, fail: Fail): void {
	const rule = OPTION_RULES[type];
	const options = block.options;
	if (!Array.isArray(options) || options.length === 0)
		throw fail('options is empty. Add at least one option with a text and a value');
	if (options.length > rule.max) throw fail(`has ${options.length} options; a ${type} block takes at most ${rule.max}`);
	let preset = 0;
	options.forEach((option: unknown, index) => {
		const entry = (typeof option === 'object' && option !== null ? option : {}) as IDataObject;
		const optionFail: Fail = (problem) => fail(`option ${index + 1}: ${problem}`);
		checkText(entry, 'text', 75, true, optionFail);
		checkText(entry, 'value', 150, true, optionFail);
		if (entry.description !== undefined && !rule.described)
			throw optionFail('a dropdown option has no description; remove it');
		checkText(entry, 'description', 75, false, optionFail);
		if (entry[rule.preset] === true) preset++;
	});
	if (preset > 1 && type !== 'checkbox') throw fail(`${preset} options are preselected; a ${type} block allows one`);
}

function checkBlock(block: IDataObject, type: string, fail: Fail): void {
	const unknown = Object.keys(block).find((key) => key !== 'type' && !FIELDS[type].includes(key));
	if (unknown)
		throw fail(
			`unknown field "${unknown}"; a ${type} block takes ${FIELDS[type].join(', ') || 'nothing but its type'}`,
		);
	if (type in MAX_TEXT) return checkText(block, 'text', MAX_TEXT[type], true, fail);
	if (type === 'divider') return;
	for (const field of ['name', 'label', 'placeholder', 'initial_value', 'hint']) {
		if (FIELDS[type].includes(field)) checkText(block, field, MAX[field], field === 'name' || field === 'label', fail);
	}
	if (type in OPTION_RULES) checkOptions(block, type, fail);
	checkWhole(block, 'min_length', 0, 3000, fail);
	checkWhole(block, 'max_length', 1, 3000, fail);
	if ((block.min_length as number) > (block.max_length as number)) throw fail('min_length is greater than max_length');
	checkWhole(block, 'max_files', 1, 10, fail);
	if (block.initial_date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(block.initial_date)))
		throw fail('initial_date must be a date like 2025-07-01');
	if (block.initial_time !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(String(block.initial_time)))
		throw fail('initial_time must be a time like 09:30');
	if (block.filetypes !== undefined && !(Array.isArray(block.filetypes) && block.filetypes.every(isText)))
		throw fail('filetypes must be a list of extensions, like ["pdf", "png"]');
}

/**
 * Checks a view's blocks against Pachca's block schemas before anything is sent; errors name the
 * block by its position and type, e.g. "Block 3 (select): options is empty".
 */
export function checkBlocks(blocks: unknown, label: string): IDataObject[] {
	if (!Array.isArray(blocks))
		throw new InputError(`${label} must be a list of blocks, e.g. [{"type": "header", "text": "Leave request"}].`);
	if (blocks.length === 0) throw new InputError(`${label} is empty. Add at least one block.`);
	if (blocks.length > 100) throw new InputError(`${label} has ${blocks.length} blocks; a form takes at most 100.`);
	const names = new Map<string, number>();
	blocks.forEach((raw: unknown, index) => {
		const block = (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {}) as IDataObject;
		const type = typeof block.type === 'string' ? block.type : '';
		const fail: Fail = (problem) => new InputError(`Block ${index + 1} (${type || 'no type'}): ${problem}.`);
		if (!(type in FIELDS)) throw fail(`unknown block type; use one of ${BLOCK_TYPES.join(', ')}`);
		checkBlock(block, type, fail);
		if (typeof block.name === 'string') {
			const first = names.get(block.name);
			if (first !== undefined)
				throw fail(`name "${block.name}" is already used by block ${first}; each field needs its own name`);
			names.set(block.name, index + 1);
		}
	});
	return blocks as IDataObject[];
}
