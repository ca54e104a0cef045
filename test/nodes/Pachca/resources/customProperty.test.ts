import { lastRequest, run, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

describe('Custom Property', () => {
	it.each([
		[
			'User',
			[
				{ id: 701, name: 'City', data_type: 'string' },
				{ id: 702, name: 'Birthday', data_type: 'date' },
			],
		],
		[
			'Task',
			[
				{ id: 703, name: 'Warehouse', data_type: 'string' },
				{ id: 704, name: 'Budget', data_type: 'number' },
			],
		],
	])('lists the custom properties of %s', async (entityType, expected) => {
		const items = await run(fake, { resource: 'customProperty', operation: 'getAll', propertyEntityType: entityType });
		expect(lastRequest(fake)).toMatchObject({
			method: 'GET',
			path: '/custom_properties',
			role: 'bot',
			query: { entity_type: entityType },
			body: null,
		});
		expect(items).toEqual(expected);
	});
});
