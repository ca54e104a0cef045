import type { DeclarativeRestApiSettings, IExecutePaginationFunctions, INodeExecutionData } from 'n8n-workflow';

/** What the send hook hands a multi-step operation once the token is chosen. */
export interface MultiStepInput {
	/** The request n8n's routing built (URL filled, token role header set). */
	options: DeclarativeRestApiSettings.ResultOptions['options'];
	itemIndex: number;
	/** Sends that request with the transport's retries and error shaping; resolves to the body. */
	call: () => Promise<unknown>;
	/** Sends another request for this operation with the same token, pacing, retries and error shaping. */
	retrying: (request: () => Promise<unknown>) => Promise<unknown>;
}

/** An operation that is more than one JSON request: it builds its own output items. */
export type MultiStep = (ctx: IExecutePaginationFunctions, step: MultiStepInput) => Promise<INodeExecutionData[]>;
