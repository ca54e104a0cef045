import { lastRequest, run, runFailing, useFakePachca } from '../../../support/pachca';

// Trigger ids live 3 s in Pachca; the fake keeps them longer so a slow machine does not fail the run.
const fake = useFakePachca({ triggerTtlMs: 60_000 });

const open = (extra: Record<string, unknown>) => ({
	resource: 'form',
	operation: 'open',
	triggerId: fake.issueTriggerId(),
	formTitle: 'Leave request',
	...extra,
});
const builder = (...block: Array<Record<string, unknown>>) => open({ blocksMode: 'builder', blocksUi: { block } });
const json = (blocks: unknown) => open({ blocksMode: 'json', blocksJson: JSON.stringify(blocks) });

describe('Form', () => {
	it('opens a modal built from every block type', async () => {
		const parameters = builder(
			{ type: 'header', text: 'Leave request' },
			{ type: 'plain_text', text: 'Fill in the dates.' },
			{ type: 'markdown', text: 'See [the policy](https://example.com/policy)' },
			{ type: 'divider' },
			{
				type: 'input',
				name: 'reason',
				label: 'Reason',
				placeholder: 'Why',
				multiline: true,
				initial_value: 'Rest',
				min_length: 3,
				max_length: 500,
				required: true,
				hint: 'Short',
			},
			{
				type: 'select',
				name: 'team',
				label: 'Team',
				options: {
					option: [
						{ text: 'Sales', value: 'sales', preselected: true },
						{ text: 'Ops', value: 'ops' },
					],
				},
			},
			{
				type: 'radio',
				name: 'kind',
				label: 'Kind',
				options: { option: [{ text: 'Paid', value: 'paid', description: 'Counts against days' }] },
				required: true,
			},
			{
				type: 'checkbox',
				name: 'notify',
				label: 'Notify',
				options: {
					option: [
						{ text: 'Team', value: 'team', preselected: true },
						{ text: 'HR', value: 'hr', preselected: true },
					],
				},
			},
			{ type: 'date', name: 'start', label: 'Start', initial_date: '2025-07-01T00:00:00', required: true },
			{ type: 'time', name: 'at', label: 'At', initial_time: '09:30' },
			{ type: 'file_input', name: 'doc', label: 'Document', filetypes: 'pdf, .png', max_files: 2 },
		);
		const items = await run(fake, {
			...parameters,
			formAdditionalFields: {
				callback_id: 'leave',
				private_metadata: '{"id":4378}',
				close_text: 'Close',
				submit_text: 'Send',
			},
		});
		const request = lastRequest(fake);
		expect(request).toMatchObject({ method: 'POST', path: '/views/open', role: 'bot' });
		expect(request.body).toEqual({
			type: 'modal',
			trigger_id: parameters.triggerId,
			callback_id: 'leave',
			private_metadata: '{"id":4378}',
			view: {
				title: 'Leave request',
				close_text: 'Close',
				submit_text: 'Send',
				blocks: [
					{ type: 'header', text: 'Leave request' },
					{ type: 'plain_text', text: 'Fill in the dates.' },
					{ type: 'markdown', text: 'See [the policy](https://example.com/policy)' },
					{ type: 'divider' },
					{
						type: 'input',
						name: 'reason',
						label: 'Reason',
						placeholder: 'Why',
						multiline: true,
						initial_value: 'Rest',
						min_length: 3,
						max_length: 500,
						required: true,
						hint: 'Short',
					},
					{
						type: 'select',
						name: 'team',
						label: 'Team',
						options: [
							{ text: 'Sales', value: 'sales', selected: true },
							{ text: 'Ops', value: 'ops' },
						],
					},
					{
						type: 'radio',
						name: 'kind',
						label: 'Kind',
						options: [{ text: 'Paid', value: 'paid', description: 'Counts against days' }],
						required: true,
					},
					{
						type: 'checkbox',
						name: 'notify',
						label: 'Notify',
						options: [
							{ text: 'Team', value: 'team', checked: true },
							{ text: 'HR', value: 'hr', checked: true },
						],
					},
					{ type: 'date', name: 'start', label: 'Start', initial_date: '2025-07-01', required: true },
					{ type: 'time', name: 'at', label: 'At', initial_time: '09:30' },
					{ type: 'file_input', name: 'doc', label: 'Document', filetypes: ['pdf', 'png'], max_files: 2 },
				],
			},
		});
		expect(items).toEqual([{ success: true }]);
		expect(fake.state.views.at(-1)).toMatchObject({ trigger_id: parameters.triggerId });
	});

	it('sends JSON blocks as given once they pass the checks', async () => {
		const blocks = [{ type: 'input', name: 'email', label: 'Email' }];
		await run(fake, json(blocks));
		expect(lastRequest(fake).body).toMatchObject({ type: 'modal', view: { title: 'Leave request', blocks } });
	});

	it.each([
		[
			'a dropdown without options',
			builder({ type: 'header', text: 'Hi' }, { type: 'divider' }, { type: 'select', name: 'team', label: 'Team' }),
			'Block 3 (select): options is empty. Add at least one option with a text and a value.',
		],
		[
			'an unknown block type',
			json([
				{ type: 'header', text: 'x' },
				{ type: 'slider', name: 'n' },
			]),
			'Block 2 (slider): unknown block type; use one of header, plain_text, markdown, divider, ' +
				'input, select, radio, checkbox, date, time, file_input.',
		],
		['a misspelt field', json([{ type: 'input', name: 'a', lable: 'A' }]), 'Block 1 (input): unknown field "lable"'],
		['an input without a label', builder({ type: 'input', name: 'a' }), 'Block 1 (input): label is empty.'],
		[
			'a name used twice',
			json([
				{ type: 'input', name: 'a', label: 'A' },
				{ type: 'date', name: 'a', label: 'B' },
			]),
			'Block 2 (date): name "a" is already used by block 1',
		],
		[
			'two preselected radio options',
			json([
				{
					type: 'radio',
					name: 'r',
					label: 'R',
					options: [
						{ text: 'A', value: 'a', selected: true },
						{ text: 'B', value: 'b', selected: true },
					],
				},
			]),
			'Block 1 (radio): 2 options are preselected; a radio block allows one.',
		],
		[
			'a description on a dropdown option',
			json([{ type: 'select', name: 's', label: 'S', options: [{ text: 'A', value: 'a', description: 'x' }] }]),
			'Block 1 (select): option 1: a dropdown option has no description; remove it.',
		],
		[
			'a bad time',
			json([{ type: 'time', name: 't', label: 'T', initial_time: '9.30' }]),
			'Block 1 (time): initial_time must be a time like 09:30.',
		],
		[
			'too many files',
			json([{ type: 'file_input', name: 'f', label: 'F', max_files: 11 }]),
			'Block 1 (file_input): max_files must be a whole number from 1 to 10; got 11.',
		],
		['no blocks', json([]), 'Blocks (JSON) is empty. Add at least one block.'],
		[
			'a long title',
			{ ...json([{ type: 'divider' }]), formTitle: 'A title far longer than twenty-four' },
			'Title is 35 characters long; Pachca takes at most 24.',
		],
	])('refuses %s before any request', async (_case, parameters, message) => {
		const error = await runFailing(fake, parameters);
		expect(error.message).toContain(message);
		expect(fake.requests).toHaveLength(0);
	});

	it('explains an expired trigger_id', async () => {
		const parameters = json([{ type: 'divider' }]);
		fake.state.triggers.set(parameters.triggerId, fake.state.clock() - 120_000);
		const error = await runFailing(fake, parameters);
		expect(error.message).toBe('Pachca: trigger_id: Event identifier has expired (HTTP 410)');
		expect(error.description).toContain('about 3 seconds');
	});
});
