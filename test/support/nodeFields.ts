import type {
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	INodeTypeDescription,
} from 'n8n-workflow';

import { operationKey } from '../../nodes/Pachca/transport/operationKey';
import { loadedPackage } from '../harness';

/** The Pachca node's description as n8n loads it from dist/. */
export async function pachcaDescription(): Promise<INodeTypeDescription> {
	const loader = await loadedPackage();
	return loader.nodeTypes.pachca.type.description as INodeTypeDescription;
}

/** One Resource/Operation pick and the request its routing sends. */
export interface Pick {
	resource: string;
	operation: string;
	key: string;
	method?: string;
	url?: string;
	option: INodePropertyOptions;
}

const shows = (field: INodeProperties, name: string, value: string) =>
	field.displayOptions?.show?.[name]?.includes(value) ?? false;

/** Every Resource/Operation pair of the node, with the catalogue key its routing names. */
export function picks(description: INodeTypeDescription): Pick[] {
	const resources = (description.properties.find((p) => p.name === 'resource')?.options ??
		[]) as INodePropertyOptions[];
	return resources.flatMap(({ value }) => {
		const resource = String(value);
		const operations = description.properties.filter((p) => p.name === 'operation' && shows(p, 'resource', resource));
		return operations.flatMap((field) =>
			((field.options ?? []) as INodePropertyOptions[]).map((option) => {
				const request = option.routing?.request;
				return {
					resource,
					operation: String(option.value),
					key: operationKey(resource, String(option.value)),
					method: request?.method,
					url: request?.url,
					option,
				};
			}),
		);
	});
}

type Placed = { target?: string };

/** Where a field (and the fields nested in it) send their values: the `target` of each preSend. */
function targetsOf(field: INodeProperties | INodePropertyCollection): string[] {
	const own =
		'routing' in field ? ((field.routing?.send?.preSend ?? []) as Placed[]).map((action) => action.target) : [];
	const nested = 'values' in field ? field.values : 'options' in field ? (field.options ?? []) : [];
	const children = (nested as Array<INodeProperties | INodePropertyCollection | INodePropertyOptions>).filter(
		(child) => 'values' in child || 'type' in child,
	);
	return [
		...own.filter((target): target is string => typeof target === 'string'),
		...children.flatMap((child) => targetsOf(child as INodeProperties)),
	];
}

/** Targets ("qs:…", "body:…", "path:…") of every field a pick shows, whatever the other fields say. */
export function targetsOfPick(description: INodeTypeDescription, pick: Pick): string[] {
	const fields = description.properties.filter(
		(p) => p.name !== 'operation' && shows(p, 'resource', pick.resource) && shows(p, 'operation', pick.operation),
	);
	const checks = ((pick.option.routing?.send?.preSend ?? []) as Placed[])
		.map((action) => action.target)
		.filter((t): t is string => typeof t === 'string');
	return [...new Set([...checks, ...fields.flatMap(targetsOf)])];
}
