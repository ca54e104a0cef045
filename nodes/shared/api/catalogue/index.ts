import type { OperationSpec } from './spec';
import { BOTS } from './bots';
import { CHATS } from './chats';
import { MESSAGES } from './messages';
import { PEOPLE } from './people';
import { WORKSPACE } from './workspace';

export type { OperationSpec, RateClass } from './spec';

/**
 * Every operation of the Pachca API, keyed `resource.operation` as the node names them.
 * Token order follows the scope → roles table Pachca publishes: bot first where a bot may
 * call it, then admin, then owner.
 */
export const OPERATIONS = { ...BOTS, ...CHATS, ...MESSAGES, ...PEOPLE, ...WORKSPACE };

export type OperationKey = keyof typeof OPERATIONS;

export function getOperation(key: string): OperationSpec | undefined {
	return (OPERATIONS as Record<string, OperationSpec>)[key];
}

/** Fills `{name}` placeholders of a catalogue path. */
export function fillPath(path: string, values: Record<string, string | number>): string {
	return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(values[name])));
}
