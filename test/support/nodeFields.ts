import type { INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';

import type { OperationPlan, Operations } from '../../nodes/shared/send/operations';
import { loadedPackage } from '../harness';

/** The plans of each description this file handed out (the node built them from it). */
const plansOf = new WeakMap<INodeTypeDescription, OperationPlan[]>();

/** The Pachca node's description as n8n loads it from dist/. */
export async function pachcaDescription(): Promise<INodeTypeDescription> {
	const loader = await loadedPackage();
	const type = loader.nodeTypes.pachca.type as unknown as { description: INodeTypeDescription; operations: Operations };
	plansOf.set(type.description, type.operations.plans);
	return type.description;
}

/** One Resource/Operation pick, its plan (catalogue key and fields) and the request it sends. */
export interface Pick {
	resource: string;
	operation: string;
	key: string;
	method?: string;
	url?: string;
	option: INodePropertyOptions;
	plan?: OperationPlan;
}

const shows = (
	field: { displayOptions?: INodeTypeDescription['properties'][number]['displayOptions'] },
	name: string,
	value: string,
) => field.displayOptions?.show?.[name]?.includes(value) ?? false;

/** Every Resource/Operation pair of the node, with the catalogue key of its plan. */
export function picks(description: INodeTypeDescription): Pick[] {
	const plans = plansOf.get(description) ?? [];
	const resources = (description.properties.find((p) => p.name === 'resource')?.options ??
		[]) as INodePropertyOptions[];
	return resources.flatMap(({ value }) => {
		const resource = String(value);
		const operations = description.properties.filter((p) => p.name === 'operation' && shows(p, 'resource', resource));
		return operations.flatMap((field) =>
			((field.options ?? []) as INodePropertyOptions[]).map((option) => {
				const operation = String(option.value);
				const plan = plans.find((candidate) => candidate.resource === resource && candidate.operation === operation);
				return {
					resource,
					operation,
					key: plan?.key ?? `${resource}.${operation}`,
					method: plan?.spec.method,
					url: plan?.spec.path,
					option,
					plan,
				};
			}),
		);
	});
}

/** Targets ("qs:…", "body:…", "path:…") of the pick's own checks and of every field it shows, whatever the other fields say. */
export function targetsOfPick(_description: INodeTypeDescription, pick: Pick): string[] {
	const checks = (pick.plan?.checks ?? []).flatMap((check) => (typeof check === 'function' ? [] : [check.target]));
	const fields = (pick.plan?.steps ?? []).map((step) => step.send.target);
	return [...new Set([...checks, ...fields])];
}
