import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeParameters,
	INodeProperties,
	INodePropertyOptions,
	PreSendAction,
} from 'n8n-workflow';

import { keepingFailure } from '../transport/failedBeforeSending';
import type { FieldRead } from './itemReads';
import { readFieldsTogether } from './itemReads';
import { runNode, shownNow } from './shownNow';

/**
 * Moves each field's preSend steps (placeField.ts) onto the routing of the operations that show the
 * field. n8n 2.41's RoutingNode reads every field with routing once more per item (and once more
 * for its base-URL check) before it runs the preSend that reads it again, and each read evaluates
 * the user's expression; without routing on the field only the preSend reads it. The steps run in
 * the same order as before: the operation's own checks, then the fields in description order.
 * Under On Error: Continue a failing step's error is kept for the send hook (failedBeforeSending.ts).
 * Before the fields' steps, one step evaluates the item's main fields together (itemReads.ts).
 */
export function hoistFieldRouting(properties: INodeProperties[]): INodeProperties[] {
	const steps: Step[] = [];
	const stripped = properties.map((property) => strip(property, steps));
	return stripped.map((property) => (property.name === 'operation' ? withSteps(property, steps) : property));
}

interface Step {
	/** The top-level property that shows (or holds) the field. */
	shownBy: INodeProperties;
	/** Set for a field inside a collection: sent only when the user added it. */
	inCollection?: string;
	option?: string;
	action: PreSendAction;
}

/** The field's preSend steps when preSend is all its routing does, else undefined (left as it is). */
function preSendsOf(field: INodeProperties): PreSendAction[] | undefined {
	const routing = field.routing;
	if (!routing || Object.keys(routing).join() !== 'send' || Object.keys(routing.send ?? {}).join() !== 'preSend')
		return undefined;
	return routing.send?.preSend;
}

function strip(property: INodeProperties, steps: Step[]): INodeProperties {
	const own = preSendsOf(property);
	if (own) {
		steps.push(...own.map((action) => ({ shownBy: property, action })));
		return withoutRouting(property);
	}
	if (property.type !== 'collection' || !property.options) return property;
	const options = (property.options as INodeProperties[]).map((option) => {
		const nested = preSendsOf(option);
		if (!nested) return option;
		steps.push(
			...nested.map((action) => ({ shownBy: property, inCollection: property.name, option: option.name, action })),
		);
		return withoutRouting(option);
	});
	return { ...property, options };
}

function withoutRouting(property: INodeProperties): INodeProperties {
	const copy = { ...property };
	delete copy.routing;
	return copy;
}

const shows = (property: INodeProperties, name: string, value: string) => {
	const allowed = property.displayOptions?.show?.[name] as unknown[] | undefined;
	return allowed === undefined || allowed.includes(value);
};

/** Display rules beyond resource and operation must be checked per run, against the node's parameters. */
const needsCheck = (property: INodeProperties) =>
	property.displayOptions?.hide !== undefined ||
	Object.keys(property.displayOptions?.show ?? {}).some((key) => key !== 'resource' && key !== 'operation');

function withSteps(operation: INodeProperties, steps: Step[]): INodeProperties {
	const resource = String(operation.displayOptions?.show?.resource?.[0]);
	const options = (operation.options as INodePropertyOptions[]).map((option) => {
		if (!option.routing) return option;
		const value = String(option.value);
		const mine = steps.filter(
			(step) => shows(step.shownBy, 'resource', resource) && shows(step.shownBy, 'operation', value),
		);
		const reads = mine.filter(readsItsField).map(fieldRead);
		const together = reads.length > 1 ? [readFieldsTogether(reads)] : [];
		const preSend = [...(option.routing.send?.preSend ?? []), ...together, ...mine.map(guarded)].map(keepingFailure);
		return { ...option, routing: { ...option.routing, send: { ...option.routing.send, preSend } } };
	});
	return { ...operation, options };
}

/** A main field's step that reads the field through readField (itemReads.ts), so it can be read together. */
const readsItsField = (step: Step) =>
	!step.inCollection && (step.action as { reads?: string }).reads === step.shownBy.name;

const fieldRead = (step: Step): FieldRead => ({
	param: step.shownBy.name,
	shownBy: step.shownBy,
	check: needsCheck(step.shownBy),
});

/** The step, run only when n8n would have run it: the field is shown, and a collection's field was added. */
function guarded(step: Step): PreSendAction {
	const check = needsCheck(step.shownBy);
	if (!check && !step.inCollection) return step.action;
	const action = async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		if (check && !shownNow(this, step.shownBy)) return options;
		const values = runNode(this).parameters;
		const collection = step.inCollection ? (values[step.inCollection] as INodeParameters | undefined) : undefined;
		if (step.inCollection && !(collection && Object.keys(collection).includes(step.option as string))) return options;
		return await step.action.call(this, options);
	};
	// Keeps the place the step writes to (placeField.ts `placing`), which the catalogue tests read.
	return Object.assign(action, { target: (step.action as { target?: string }).target });
}
