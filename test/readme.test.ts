import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { OPERATIONS } from '../nodes/shared/api/catalogue';
import { TRIGGER_EVENTS } from '../nodes/shared/webhooks/events';
import { loadedPackage } from './harness/package-loader';
import { readDocument } from './support/readme';
import * as versions from '../scripts/n8n/versions';

const readme = readDocument('README.md');

/** The README's lines under one `## ` heading, up to the next one. */
function section(title: string): string {
	const start = readme.indexOf(`\n## ${title}\n`);
	expect(start).toBeGreaterThan(-1);
	const end = readme.indexOf('\n## ', start + 1);
	return readme.slice(start, end === -1 ? undefined : end);
}

/** `| Bot | Create, Get… |` rows of a section's table, keyed by the first cell (the header row left out). */
function tableRows(text: string): Map<string, string> {
	const rows = new Map<string, string>();
	let previous = '';
	for (const line of text.split('\n')) {
		const cells = line.split('|').map((cell) => cell.trim());
		if (!line.startsWith('| ') || cells.length < 4) continue;
		if (/^-+$/.test(cells[1])) rows.delete(previous);
		else rows.set(cells[1], cells[2]);
		previous = cells[1];
	}
	return rows;
}

const options = (property: INodeProperties) => (property.options ?? []) as INodePropertyOptions[];

/** A property by name, also inside collections (Options and the like). */
function findProperty(properties: INodeProperties[], name: string): INodeProperties | undefined {
	for (const property of properties) {
		if (property.name === name) return property;
		const inner = (property.options ?? []).filter((o): o is INodeProperties => 'type' in o);
		const found = findProperty(inner, name);
		if (found) return found;
	}
	return undefined;
}

describe('what the README says about the nodes', () => {
	it('stays a document for users: at most 500 lines, no benchmark run logs', () => {
		expect(readme.split('\n').length).toBeLessThanOrEqual(501);
		expect(readme).not.toMatch(/^P1-real[\w-]* (node time|ratio=)/m);
	});

	it('the Resources and operations table names every resource and each of its operations, as the panel does', async () => {
		const loader = await loadedPackage();
		const description = loader.nodeTypes.pachca.type.description as { properties: INodeProperties[] };
		const properties = description.properties;
		const resources = options(properties.find((p) => p.name === 'resource')!);
		const rows = tableRows(section('Resources and operations'));
		expect([...rows.keys()].sort()).toEqual(resources.map((r) => r.name).sort());
		for (const resource of resources) {
			const operations = properties
				.filter((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource.value))
				.flatMap(options);
			expect(operations.length).toBeGreaterThan(0);
			// Each operation's name, as a whole item of the row's comma-separated list (bold and notes aside).
			const listed = rows
				.get(resource.name)!
				.replace(/\*\*/g, '')
				.replace(/\([^)]*\)/g, '')
				.split(',')
				.map((name) => name.trim());
			for (const operation of operations)
				expect({ [resource.name]: listed }).toEqual({
					[resource.name]: expect.arrayContaining([operation.name]),
				});
		}
	});

	it('the operation count is the catalogue size', () => {
		const count = Object.keys(OPERATIONS).length;
		expect(readme).toContain(`all ${count} operations of the Pachca API`);
	});

	it('the supported versions are the n8n and Node.js the end-to-end tests install', () => {
		// Every pinned n8n (the current one, and an older line where one is pinned) has its row,
		// with the major version of the Node.js it runs on.
		const pinned = versions as unknown as {
			N8N_VERSION: string;
			NODE_VERSION: string;
			PINS?: Record<string, { n8n: string; node: string }>;
		};
		const pins = pinned.PINS ? Object.values(pinned.PINS) : [{ n8n: pinned.N8N_VERSION, node: pinned.NODE_VERSION }];
		const rows = tableRows(section('Supported versions'));
		for (const pin of pins) {
			const [major, minor] = pin.n8n.split('.');
			const row = `${major}.${minor}.x`;
			expect({ row, node: rows.get(row)?.split(' ')[0] }).toEqual({ row, node: pin.node.split('.')[0] });
		}
	});

	it("the triggers' event list and timestamp window are the nodes' own", async () => {
		const triggers = section('Triggers');
		for (const event of TRIGGER_EVENTS.map((e) => String(e.value))) expect(triggers).toContain(`\`${event}\``);
		const loader = await loadedPackage();
		const description = loader.nodeTypes.pachcaTrigger.type.description as { properties: INodeProperties[] };
		const window = findProperty(description.properties, 'timestampWindow');
		expect(window).toBeDefined();
		expect(triggers).toMatch(
			new RegExp(`\\*\\*Timestamp\\s+Window\\*\\*\\s+\\(default\\s+${String(window!.default)}\\s+s\\)`),
		);
	});
});
