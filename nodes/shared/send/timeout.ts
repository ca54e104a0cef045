import type { RunContext } from './runState';
import { oncePerRun } from './runState';

/**
 * How long one request may go unanswered. Pachca answers in well under a second, so a call that
 * hangs fails after 60 s rather than n8n's 300 s; the node's Request Options → Timeout (which
 * n8n adds to every declarative node) wins when the user sets it.
 */
export const DEFAULT_TIMEOUT_MS = 60_000;

interface ParameterReader extends RunContext {
	getNodeParameter(name: string, fallback: unknown): unknown;
	getNode?(): { parameters: object };
}

/** The timeout for the item's calls: read once per run, unless Request Options hold an expression. */
export function requestTimeout(ctx: ParameterReader): number {
	const read = () => {
		const options = ctx.getNodeParameter('requestOptions', {}) as { timeout?: unknown };
		const chosen = Number(options?.timeout);
		return Number.isFinite(chosen) && chosen > 0 ? chosen : DEFAULT_TIMEOUT_MS;
	};
	const once = oncePerRun(ctx, 'timeout', () => {
		const raw = (ctx.getNode?.().parameters as { requestOptions?: unknown } | undefined)?.requestOptions;
		return JSON.stringify(raw ?? {}).includes('"=') ? undefined : read();
	});
	return once ?? read();
}

/** Axios reports its own timeout as ECONNABORTED "timeout of 300ms exceeded": the wait, in ms. */
export function timedOutAfter(error: { code?: string; message?: string }): number | undefined {
	if (error.code !== 'ECONNABORTED' && error.code !== 'ETIMEDOUT') return undefined;
	const match = /timeout of (\d+)\s*ms exceeded/i.exec(error.message ?? '');
	return match ? Number(match[1]) : undefined;
}

const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`);

/** Message text and hint for a request that got no answer in time. */
export function timeoutWords(waitedMs: number | undefined): { text: string; hint: string } {
	const after = waitedMs === undefined ? '' : ` within ${seconds(waitedMs)}`;
	return {
		text: `no answer${after}`,
		hint:
			`Pachca usually answers within a second; this request got no answer${after} and was abandoned. The ` +
			`limit is the node's Request Options → Timeout (60 s when not set). Check that Pachca, and any proxy between n8n and Pachca, is up.`,
	};
}
