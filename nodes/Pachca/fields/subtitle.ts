import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/**
 * The canvas subtitle, `operation: resource` as n8n's own nodes have it ("Send: Message"), in the
 * panel's words rather than the raw "create: message". n8n names a new node after its action
 * ("Send a message"), so the subtitle must not repeat the action. Built once from the pickers.
 */
export function actionSubtitle(resource: INodeProperties, properties: INodeProperties[]): string {
	const resourceNames = new Map(
		((resource.options ?? []) as INodePropertyOptions[]).map((option) => [String(option.value), option.name]),
	);
	const subtitles: Record<string, string> = {};
	for (const field of properties) {
		if (field.name !== 'operation') continue;
		for (const value of field.displayOptions?.show?.resource ?? []) {
			const key = String(value);
			for (const option of (field.options ?? []) as INodePropertyOptions[]) {
				subtitles[`${key}:${String(option.value)}`] = `${option.name}: ${resourceNames.get(key) ?? key}`;
			}
		}
	}
	return `={{ ${JSON.stringify(subtitles)}[$parameter["resource"] + ":" + $parameter["operation"]] }}`;
}
