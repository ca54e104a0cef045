import type { IExecuteFunctions } from 'n8n-workflow';
import { ExpressionParser } from 'n8n-workflow';

/** How a value shows in the text: as n8n prints it, but objects as JSON, not "[object Object]". */
function shown(value: unknown): string {
	if (value === null || value === undefined) return '';
	const printed = String(value);
	return typeof value === 'object' && printed.includes('[object Object]') ? JSON.stringify(value, null, 2) : printed;
}

/**
 * The Message parameter as text. n8n's templates print an object as "[object Object]", and the
 * Human review variant's default message (n8n's own, for agent tools) shows the tool's input
 * with `{{ $tool.parameters }}`, an object. So each `{{ … }}` is evaluated alone and an object
 * comes out as JSON; everything else reads as n8n would print it.
 */
export function messageText(ctx: IExecuteFunctions): string {
	const raw = ctx.getNodeParameter('message', 0, '', { rawExpressions: true });
	if (typeof raw !== 'string' || !raw.startsWith('=')) return shown(ctx.getNodeParameter('message', 0, ''));
	return ExpressionParser.splitExpression(raw.slice(1))
		.map((chunk) => {
			if (chunk.type === 'text') return chunk.text;
			// An unclosed `{{` stays as typed.
			if (!chunk.hasClosingBrackets) return `{{${chunk.text}`;
			return shown(ctx.evaluateExpression(`{{${chunk.text}}}`, 0));
		})
		.join('');
}
