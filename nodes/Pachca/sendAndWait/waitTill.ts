import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, WAIT_INDEFINITELY } from 'n8n-workflow';

import { OPTIONS } from './description';

const UNIT_MS: Record<string, number> = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 };

/**
 * When the wait ends without an answer (Options → Limit Wait Time). n8n's wait tracker resumes
 * the execution then without running the node again: the node is skipped like a disabled one
 * and passes its input items on, so an expired wait has no `data.approved`.
 */
export function waitTillOf(ctx: IExecuteFunctions): Date {
	const limit = ctx.getNodeParameter(`${OPTIONS}.limitWaitTime.values`, 0, {}) as IDataObject;
	if (Object.keys(limit).length === 0) return WAIT_INDEFINITELY;
	let until: Date;
	if ((limit.limitType ?? 'afterTimeInterval') === 'afterTimeInterval') {
		const amount = Number(limit.resumeAmount ?? 1);
		const unit = UNIT_MS[String(limit.resumeUnit ?? 'hours')];
		until = new Date(Date.now() + amount * (unit ?? NaN));
	} else {
		until = new Date(String(limit.maxDateAndTime ?? ''));
	}
	if (isNaN(until.getTime())) {
		throw new NodeOperationError(ctx.getNode(), 'Limit Wait Time is not a valid time.', {
			description: 'Enter an Amount and Unit, or a Max Date and Time (Options → Limit Wait Time).',
		});
	}
	return until;
}

/** "3 Dec 2026, 10:45 UTC": the deadline as the message states it. */
export function deadlineText(until: Date): string {
	const date = until.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
	const time = until.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
	return `${date}, ${time} UTC`;
}
