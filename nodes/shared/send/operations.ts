import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeExecutionData,
	IHttpRequestOptions,
	INodeParameters,
	INodeProperties,
	INodePropertyOptions,
	INodePropertyRouting,
} from 'n8n-workflow';

import type { OperationSpec } from '../api/catalogue';
import type { FieldSend, FieldStep } from './checkFields';
import { sendField } from './checkFields';
import type { PanelField } from './fieldWords';
import type { FieldRead } from './readFields';
import { readFieldsTogether, runNode, shownNow } from './readFields';
import type { RateSettings } from './pace/rateLimits';
import type { PachcaCall } from './sendCall';

/*
 * What each operation reads and sends, worked out once from the node's description: its
 * catalogue key and spec, its own checks, and the fields it shows with what each sends. Both ways
 * an operation runs (a declarative one through routeDeclarative, a custom one through
 * customOperationsOf) take their plan from here, and buildRequest runs stages 1 and 2 with it.
 */

/** Turns one entity of Pachca's answer into its simplified output. */
export type Shape = (entity: IDataObject) => IDataObject;

/** What the item's operation hands a multi-step operation once its request is built. */
export interface MultiStepInput {
	/** The request the operation's fields built (URL filled). */
	options: IHttpRequestOptions;
	itemIndex: number;
	/** Sends that request (or it with `extra` applied) with the item's token, pacing, retries and error shaping. */
	call: (extra?: PachcaCall) => Promise<unknown>;
	rates: RateSettings;
	timeout: number;
}

/** An operation that is more than one JSON request: it builds its own output items. */
export type MultiStep = (ctx: IExecuteSingleFunctions, step: MultiStepInput) => Promise<INodeExecutionData[]>;

/** What one operation does beyond "send the request, one item per entity of the answer". */
export interface SpecialCase {
	/** The operation has a Simplify toggle; this is the shape it outputs when the toggle is on. */
	simplify?: Shape;
	/** The output when Pachca answers with no body at all (rather than `{ success: true }`). */
	emptyAnswer?: () => IDataObject;
	/** More than one JSON request (uploads, downloads, the incoming webhook): builds its own output items. */
	multiStep?: MultiStep;
	/** Catalogue entries the multi-step sends after its own request (reached through this operation). */
	followUps?: string[];
}

/** An operation's own step: a check run before its fields, or a step that writes a fixed value. */
export type Check = FieldStep | FieldSend;

/** What route() puts on an operation option for describeOperations: its catalogue key and checks. */
export interface OperationRoute extends INodePropertyRouting {
	pachca: { key: string; checks: Check[] };
}

/** A field's send, with the property that shows it. */
interface PlannedField {
	send: FieldSend;
	/** The top-level property that shows (or holds) the field. */
	shownBy: INodeProperties;
	/** Set for a field inside a collection: sent only when the user added it. */
	inCollection?: string;
	option?: string;
	/** Its display rules go beyond resource and operation (checked against the node's parameters). */
	check: boolean;
}

export interface OperationPlan {
	resource: string;
	operation: string;
	key: string;
	spec: OperationSpec;
	checks: Check[];
	/** Field sends, in description order. */
	steps: PlannedField[];
	/** Main fields read together ahead of their steps (readFieldsTogether), when two or more. */
	reads: FieldRead[];
	/** Top-level fields and where they send, for errors in the panel's words (fieldLead). */
	fields: PanelField[];
	special: SpecialCase;
}

export interface Operations {
	/** The description's properties with the send data taken off (n8n sees plain fields). */
	properties: INodeProperties[];
	plans: OperationPlan[];
}

export interface Catalogue {
	specOf(key: string): OperationSpec | undefined;
	specialOf(key: string): SpecialCase;
}

type Sending = { send?: FieldSend };

const shows = (property: INodeProperties, name: string, value: string) => {
	const allowed = property.displayOptions?.show?.[name] as unknown[] | undefined;
	return allowed === undefined || allowed.includes(value);
};

/** Display rules beyond resource and operation must be checked per run, against the node's parameters. */
const needsCheck = (property: INodeProperties) =>
	property.displayOptions?.hide !== undefined ||
	Object.keys(property.displayOptions?.show ?? {}).some((key) => key !== 'resource' && key !== 'operation');

function plain<T extends object>(property: T & Sending): T {
	const copy = { ...property };
	delete copy.send;
	return copy;
}

/** Takes the send data off the properties, and collects it with the property that shows each field. */
function collectFields(properties: INodeProperties[]): { properties: INodeProperties[]; found: PlannedField[] } {
	const found: PlannedField[] = [];
	const stripped = properties.map((property: INodeProperties & Sending) => {
		if (property.send) found.push({ send: property.send, shownBy: property, check: needsCheck(property) });
		if (property.type !== 'collection' || !property.options) return plain(property);
		const options = (property.options as Array<INodeProperties & Sending>).map((option) => {
			if (option.send)
				found.push({
					send: option.send,
					shownBy: property,
					inCollection: property.name,
					option: option.name,
					check: needsCheck(property),
				});
			return plain(option);
		});
		return { ...plain(property), options };
	});
	return { properties: stripped, found };
}

/** Every operation's plan, and the properties as n8n sees them: Operation options without routing yet. */
export function describeOperations(properties: INodeProperties[], catalogue: Catalogue): Operations {
	const { properties: stripped, found } = collectFields(properties);
	const plans: OperationPlan[] = [];
	const out = stripped.map((property) => {
		if (property.name !== 'operation') return property;
		const resource = String(property.displayOptions?.show?.resource?.[0]);
		const options = (property.options as INodePropertyOptions[]).map((option) => {
			const route = (option.routing as OperationRoute | undefined)?.pachca;
			if (!route) return option;
			const operation = String(option.value);
			const spec = catalogue.specOf(route.key);
			if (!spec) throw new Error(`No catalogue entry for ${route.key}`);
			const steps = found.filter(
				(field) => shows(field.shownBy, 'resource', resource) && shows(field.shownBy, 'operation', operation),
			);
			const reads = steps
				.filter((field) => !field.inCollection && field.send.param === field.shownBy.name)
				.map((field) => ({ param: field.shownBy.name, shownBy: field.shownBy, check: field.check }));
			const fields = steps
				.filter((field) => !field.inCollection)
				.map(({ send, shownBy }) => ({
					name: shownBy.name,
					label: shownBy.displayName,
					target: send.target,
					show: (shownBy.displayOptions?.show ?? {}) as Record<string, unknown[]>,
				}));
			const special = catalogue.specialOf(route.key);
			plans.push({ resource, operation, key: route.key, spec, checks: route.checks, steps, reads, fields, special });
			const copy = { ...option };
			delete copy.routing;
			return copy;
		});
		return { ...property, options };
	});
	return { properties: out, plans };
}

/**
 * Stages 1 and 2 for one item: the operation's checks, then its fields read (the main ones
 * together) and placed into `options`, in description order. A field is sent only when n8n shows
 * it, and a collection's field only when the user added it.
 */
export async function buildRequest(
	ctx: IExecuteSingleFunctions,
	plan: OperationPlan,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	let request = options;
	for (const check of plan.checks)
		request = typeof check === 'function' ? await check(ctx, request) : await sendField(ctx, check, request);
	if (plan.reads.length > 1) readFieldsTogether(ctx, plan.reads);
	for (const field of plan.steps) {
		if (field.check && !shownNow(ctx, field.shownBy)) continue;
		if (field.inCollection) {
			const collection = runNode(ctx).parameters[field.inCollection] as INodeParameters | undefined;
			if (!(collection && Object.keys(collection).includes(field.option as string))) continue;
		}
		request = await sendField(ctx, field.send, request);
	}
	return request;
}
