import { multipartOf } from '../../../../nodes/shared/sendAndWait/formBody';

/** Reads the body back with the platform's own multipart parser (fetch's Response.formData). */
async function parsed(values: unknown): Promise<Array<[string, unknown]>> {
	const { body, contentType } = multipartOf(values);
	return [...(await new Response(body, { headers: { 'content-type': contentType } }).formData()).entries()];
}

describe('multipartOf: a Pachca form submission as the browser form would post it', () => {
	it('keeps each field, text with line breaks and non-Latin letters, lists as repeated parts', async () => {
		expect(
			await parsed({ 'field-0': 'Быстрее\r\nзагрузки', 'field-1': ['a', 'b'], 'field-2': 3, 'field-3': null }),
		).toEqual([
			['field-0', 'Быстрее\r\nзагрузки'],
			['field-1', 'a'],
			['field-1', 'b'],
			['field-2', '3'],
			['field-3', ''],
		]);
	});

	it('an empty or missing submission is an empty form, and a quote cannot break out of a field name', async () => {
		expect(await parsed(undefined)).toEqual([]);
		expect(await parsed({ 'a"\r\nX-Evil: 1': 'x' })).toEqual([['aX-Evil: 1', 'x']]);
	});
});
