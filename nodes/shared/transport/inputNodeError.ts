import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { TokenChoiceError } from '../api/tokens';
import { InputError } from '../api/validation';

/** Where the error is shown: the item, its " [item 3]" label (runState.ts#itemLabel) and a hint below the message. */
export interface InputErrorPlace {
	itemIndex?: number;
	itemLabel?: string;
	description?: string;
}

/**
 * The one place where bad input becomes n8n's error. An InputError (a field) or a
 * TokenChoiceError (the credential's tokens) already names what to fix, so its message is the
 * error shown, with the item named; any other error is wrapped as it is. Stopping the later
 * items is the caller's explicit step (runState.ts#stopLaterItems).
 */
export function toInputNodeError(node: INode, error: unknown, place: InputErrorPlace = {}): NodeOperationError {
	const { itemIndex, itemLabel = '', description } = place;
	if (error instanceof InputError || error instanceof TokenChoiceError) {
		return new NodeOperationError(node, `${error.message}${itemLabel}`, { itemIndex, description });
	}
	return new NodeOperationError(node, error as Error, { itemIndex, description });
}
