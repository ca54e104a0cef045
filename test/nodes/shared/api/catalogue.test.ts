import type { INodeTypeDescription } from 'n8n-workflow';

import type { OperationSpec } from '../../../../nodes/shared/api/catalogue';
import { OPERATIONS } from '../../../../nodes/shared/api/catalogue';
import { OUTSIDE_SPEC } from '../../../../nodes/Pachca/transport/incomingWebhook';
import { specialCase } from '../../../../nodes/Pachca/transport/specialCases';
import { CUSTOM_OPERATIONS } from '../../../../nodes/Pachca/transport/customOperations';
import { loadedPackage } from '../../../harness';
import type { Pick } from '../../../support/nodeFields';
import { pachcaDescription, picks, targetsOfPick } from '../../../support/nodeFields';
import { SPEC_PATH, loadSpec } from '../../../support/openapi';
import type { SpecOperation } from '../../../support/spec';
import { specOperations } from '../../../support/spec';

const catalogue = OPERATIONS as Record<string, OperationSpec>;
const keys = Object.keys(catalogue).sort();
const ROLES = ['bot', 'admin', 'owner'];

let description: INodeTypeDescription;
let routed: Pick[];
/** Picks of operations Pachca's spec does not list (the incoming webhook): tested on their own. */
let outside: Pick[];
/** Picks that are custom operations (Send and Wait): no routing, not an API endpoint. */
let custom: Pick[];
beforeAll(async () => {
	description = await pachcaDescription();
	const all = picks(description);
	// Custom operations written by hand (Reply, Send and Wait) have no plan: they run their own code, tested on their own.
	routed = all.filter((pick) => !(pick.key in OUTSIDE_SPEC) && pick.plan !== undefined);
	outside = all.filter((pick) => pick.key in OUTSIDE_SPEC);
	custom = all.filter((pick) => pick.key in CUSTOM_OPERATIONS);
});

describe('the operation catalogue and the node', () => {
	it('lists all 77 operations of the Pachca API', () => {
		expect(keys).toHaveLength(77);
	});

	it('reaches every catalogue entry from a Resource/Operation pick (missing ones listed)', () => {
		const reached = new Set(routed.map((pick) => pick.key));
		for (const pick of custom) for (const key of CUSTOM_OPERATIONS[pick.key]) reached.add(key);
		for (const key of [...reached]) for (const next of specialCase(key).followUps ?? []) reached.add(next);
		expect(keys.filter((key) => !reached.has(key))).toEqual([]);
	});

	it("sends each pick's catalogue method and path, under a key named after the pick", () => {
		const wrong = routed
			.filter(
				(pick) =>
					!catalogue[pick.key] || catalogue[pick.key].method !== pick.method || catalogue[pick.key].path !== pick.url,
			)
			.map((pick) => `${pick.resource}/${pick.operation} → ${pick.key}: ${pick.method} ${pick.url}`);
		expect(wrong).toEqual([]);
		expect(
			routed
				.filter((pick) => !pick.key.startsWith(`${pick.resource}.`))
				.map((pick) => `${pick.resource}/${pick.operation} → ${pick.key}`),
		).toEqual([]);
		const twice = routed.map((pick) => pick.key).filter((key, index, all) => all.indexOf(key) !== index);
		expect(twice).toEqual([]);
	});

	it('has exactly one pick for each operation outside the spec, under a key the catalogue does not use', () => {
		expect(outside.map((pick) => pick.key).sort()).toEqual(Object.keys(OUTSIDE_SPEC).sort());
		expect(outside.map((pick) => `${pick.resource}.${pick.operation} ${pick.method}`)).toEqual(
			outside.map((pick) => `${pick.key} ${OUTSIDE_SPEC[pick.key].method}`),
		);
		expect(Object.keys(OUTSIDE_SPEC).filter((key) => key in catalogue)).toEqual([]);
	});

	it("has each hand-written custom operation as a pick without a plan, run by the node's customOperations, calling catalogue entries", async () => {
		expect(custom.map((pick) => pick.key).sort()).toEqual(Object.keys(CUSTOM_OPERATIONS).sort());
		expect(custom.filter((pick) => pick.option.routing !== undefined).map((pick) => pick.key)).toEqual([]);
		expect(Object.keys(CUSTOM_OPERATIONS).filter((key) => key in catalogue)).toEqual([]);
		expect(
			Object.values(CUSTOM_OPERATIONS)
				.flat()
				.filter((key) => !(key in catalogue)),
		).toEqual([]);
		const node = (await loadedPackage()).nodeTypes.pachca.type as { customOperations?: Record<string, object> };
		const run = Object.entries(node.customOperations ?? {}).flatMap(([resource, ops]) =>
			Object.keys(ops).map((operation) => `${resource}.${operation}`),
		);
		expect(run.filter((key) => key in CUSTOM_OPERATIONS).sort()).toEqual(Object.keys(CUSTOM_OPERATIONS).sort());
		// The rest the node runs are planned operations (the streaming message writes), not code of their own.
		const planned = new Set(routed.map((pick) => pick.key).concat(outside.map((pick) => pick.key)));
		expect(run.filter((key) => !(key in CUSTOM_OPERATIONS) && !planned.has(key))).toEqual([]);
	});
});

const spec = loadSpec();
const fromSpec: Map<string, SpecOperation> = spec ? specOperations(spec) : new Map();
const specOf = (key: string) => fromSpec.get(`${catalogue[key].method} ${catalogue[key].path}`);

/** Fields that the node sends but the spec does not list, and spec fields the node cannot send. */
function compare(sent: string[], expected: string[]): { missing: string[]; extra: string[] } {
	// Sending a whole object (e.g. JSON for `bot.webhook`) covers the fields inside it.
	const covers = (field: string, leaf: string) => leaf === field || leaf.startsWith(`${field}.`);
	return {
		missing: expected.filter((leaf) => !sent.some((field) => covers(field, leaf))),
		extra: sent.filter((field) => !expected.some((leaf) => covers(field, leaf))),
	};
}

(spec ? describe : describe.skip)(
	`the catalogue and the node against Pachca's spec (${spec ? SPEC_PATH : `${SPEC_PATH} not found: skipped`})`,
	() => {
		it("does not list the incoming webhook (a bot's own URL, outside the API), which the node sends as an extra", () => {
			expect([...fromSpec.keys()].filter((operation) => /^POST \/webhooks\/\{\w+\}$/.test(operation))).toEqual([]);
		});

		it('has one catalogue entry per spec operation, and no other', () => {
			const listed = new Set(keys.map((key) => `${catalogue[key].method} ${catalogue[key].path}`));
			expect([...fromSpec.keys()].filter((operation) => !listed.has(operation))).toEqual([]);
			expect(keys.filter((key) => !specOf(key))).toEqual([]);
		});

		it('matches scope, paging, page size, and the token roles Pachca allows for the scope', () => {
			const wrong = keys.flatMap((key) => {
				const entry = catalogue[key];
				const operation = specOf(key);
				if (!operation) return [];
				const roles = operation.auth
					? operation.scope
						? ROLES.filter((role) => operation.roles.includes(role))
						: ROLES
					: [];
				const problems = [
					entry.scope !== operation.scope && `scope ${entry.scope} ≠ ${operation.scope}`,
					!!entry.paged !== operation.paged && `paged ${!!entry.paged} ≠ ${operation.paged}`,
					operation.paged &&
						(entry.pageSize ?? 50) !== operation.pageSize &&
						`page size ${entry.pageSize ?? 50} ≠ ${operation.pageSize}`,
					entry.tokens.join(',') !== roles.join(',') && `tokens ${entry.tokens.join(',')} ≠ ${roles.join(',')}`,
				];
				return problems.filter(Boolean).map((problem) => `${key}: ${problem}`);
			});
			expect(wrong).toEqual([]);
		});

		it("sends exactly the spec's query, path and body fields for every pick (no missing, no extra)", () => {
			const problems = routed.flatMap((pick) => {
				const operation = specOf(pick.key);
				if (!operation) return [];
				const targets = targetsOfPick(description, pick);
				const of = (where: string) =>
					targets.filter((t) => t.startsWith(`${where}:`)).map((t) => t.slice(where.length + 1));
				// The transport adds limit and cursor to paged lists (Return All / Limit).
				const qs = catalogue[pick.key].paged ? [...of('qs'), 'limit', 'cursor'] : of('qs');
				const parts = {
					qs: compare(qs, operation.query),
					path: compare(of('path'), operation.pathParams),
					body: compare(of('body'), operation.body),
				};
				return Object.entries(parts).flatMap(([where, { missing, extra }]) => [
					...missing.map((field) => `${pick.key}: ${where} ${field} is not sent`),
					...extra.map((field) => `${pick.key}: ${where} ${field} is not in the spec`),
				]);
			});
			expect(problems).toEqual([]);
		});
	},
);
