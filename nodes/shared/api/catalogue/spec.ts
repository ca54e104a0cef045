import type { IHttpRequestMethods } from 'n8n-workflow';

import type { TokenRole } from '../tokens';

/** Rate class of an operation: which of Pachca's documented limits it counts against. */
export type RateClass = 'messageWrite' | 'messageRead' | 'events' | 'default';

export interface OperationSpec {
	method: IHttpRequestMethods;
	/** Path below the base URL, with `{name}` placeholders for path parameters. */
	path: string;
	/** OAuth scope the token needs; empty for the upload target, which takes no token. */
	scope: string;
	/** Tokens that can perform the operation, least privileged first. */
	tokens: TokenRole[];
	/** Cursor-paginated list (`limit` + `cursor`, next cursor in `meta.paginate.next_page`). */
	paged?: boolean;
	/** Largest `limit` the endpoint accepts, when it is not 50. */
	pageSize?: number;
	plan?: 'corporation';
	rate?: RateClass;
	/** Output key for list entries that are bare values (read members are plain user ids). */
	scalarKey?: string;
	/** Error hints of its own, by HTTP status (`other`: any other 4xx; `network`: no answer), before the general ones (hintFor). */
	hints?: Readonly<Partial<Record<number | 'other' | 'network', string>>>;
}
