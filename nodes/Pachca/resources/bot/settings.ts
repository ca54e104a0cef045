import type { INodeProperties } from 'n8n-workflow';

import type { CollectionOption } from '../../fields/collection';
import type { Target } from '../../../shared/send/checkFields';
import { accountSettings } from './accountSettings';
import { outgoingSettings } from './outgoingSettings';

/**
 * Bot settings (the `webhook` object) shared by Create and Update; `single_chat` is create-only.
 * The collection sorts them by name (collection).
 */
export function settingsOptions(option: CollectionOption, withSingleChat: boolean): INodeProperties[] {
	const at = (name: string): Target => `body:webhook.${name}`;
	const options = [...outgoingSettings(option, at), ...accountSettings(option, at)];
	if (withSingleChat) {
		options.push(
			option(
				{
					displayName: 'Single Chat',
					name: 'single_chat',
					type: 'boolean',
					default: false,
					description: 'Whether the bot can be in only one group chat (cannot be changed later)',
				},
				at('single_chat'),
			),
		);
	}
	return options;
}
