import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/**
 * The canvas subtitle: the picked operation's action ("Send a message"), the same words the
 * node panel lists, instead of the raw "create: message". Built once from the Operation pickers.
 */
export function actionSubtitle(properties: INodeProperties[]): string {
	const actions: Record<string, string> = {};
	for (const field of properties) {
		if (field.name !== 'operation') continue;
		for (const resource of field.displayOptions?.show?.resource ?? []) {
			for (const option of (field.options ?? []) as INodePropertyOptions[]) {
				actions[`${String(resource)}:${String(option.value)}`] = option.action ?? option.name;
			}
		}
	}
	return `={{ ${JSON.stringify(actions)}[$parameter["resource"] + ":" + $parameter["operation"]] }}`;
}
