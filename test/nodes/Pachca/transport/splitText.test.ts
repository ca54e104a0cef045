import { splitText } from '../../../../nodes/Pachca/transport/splitText';

describe('splitText', () => {
	it('keeps a text that fits as it is (trimmed)', () => {
		expect(splitText('  short answer \n', 100)).toEqual(['short answer']);
	});

	it('prefers a paragraph end, then a line end, then a sentence end, then a space', () => {
		const a = 'a'.repeat(40);
		const b = 'b'.repeat(10);
		expect(splitText(`${a}.\n\n${a}\n${a}. ${b}`, 100)).toEqual([`${a}.`, `${a}\n${a}. ${b}`]);
		expect(splitText(`${a}. ${a}\n${a} ${b}`, 100)).toEqual([`${a}. ${a}`, `${a} ${b}`]);
		expect(splitText(`${a}. ${a} ${a}`, 100)).toEqual([`${a}.`, `${a} ${a}`]);
		expect(splitText(`${a}${a} ${a}`, 100)).toEqual([`${a}${a}`, a]);
	});

	it('cuts a text with no break at the limit, never inside an emoji, losing no character', () => {
		const text = `${'x'.repeat(99)}😀${'y'.repeat(50)}`;
		const parts = splitText(text, 100);
		expect(parts.join('')).toBe(text);
		expect(parts[0]).toBe('x'.repeat(99));
		expect(parts.every((part) => part.length <= 100)).toBe(true);
	});

	it('gives parts of at most the limit for a long answer', () => {
		const text = Array.from({ length: 200 }, (_, i) => `Sentence number ${i} is here.`).join(' ');
		const parts = splitText(text, 500);
		expect(parts.every((part) => part.length <= 500 && /\.$/.test(part))).toBe(true);
		expect(parts.join(' ')).toBe(text);
	});
});
