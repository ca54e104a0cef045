// @ts-check
'use strict';
// Values a person would most likely submit in a form: each field's initial or selected value,
// else something plausible for its type. The CLI/page can override any of them by name.

/** @param {any} block */
function valueOf(block) {
	const options = Array.isArray(block.options) ? block.options : [];
	switch (block.type) {
		case 'input':
			return block.initial_value ?? `Sandbox answer for ${block.label || block.name}`;
		case 'select':
		case 'radio':
			return (options.find((/** @type {any} */ o) => o.selected) || options[0] || {}).value ?? null;
		case 'checkbox':
			return options.filter((/** @type {any} */ o) => o.checked).map((/** @type {any} */ o) => o.value);
		case 'date':
			return block.initial_date ?? new Date().toISOString().slice(0, 10);
		case 'time':
			return block.initial_time ?? '12:00';
		case 'file_input':
			return [];
		default:
			return undefined;
	}
}

/** @param {any[]} blocks @returns {Record<string, unknown>} */
function defaultValues(blocks) {
	/** @type {Record<string, unknown>} */
	const values = {};
	for (const block of blocks) {
		if (!block || typeof block.name !== 'string') continue;
		const value = valueOf(block);
		if (value !== undefined) values[block.name] = value;
	}
	return values;
}

module.exports = { defaultValues };
