import type { INodeProperties } from 'n8n-workflow';

import { route } from '../../fields/route';
import { place } from '../../../shared/send/checkFields';
import { placing } from '../../fields/placeField';
import { openFields } from './open';

/** Pachca opens views only as modal windows; the body says so all the same. */
const asModal = placing('body:type', async (_item, options) => place(options, 'body:type', 'modal'));

export const formOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['form'] } },
	default: 'open',
	options: [
		{
			name: 'Open',
			value: 'open',
			action: 'Open a form',
			description:
				'Show a form (modal view) to the user who clicked a bot button or ran a bot command, using its trigger_id',
			routing: route('form.open', asModal),
		},
	],
};

export const formFields: INodeProperties[] = openFields;
