// @ts-check
'use strict';
// The real-n8n benchmark cases: what each workflow sends, into which chats, under which limits.

const CHATS = [901, 902, 903];
/** 3,000 items over 30 chats: 100 per chat as in P1, so the floor is the same and the run stays short. */
const CHATS_30 = Array.from({ length: 30 }, (_, i) => 1001 + i);
const USERS = 10_000;

/**
 * `heapMb` starts n8n with that much V8 old generation (--max-old-space-size) instead of what Node
 * sizes from this machine's memory.
 * @typedef {{ name: string, id: string, model: 'documented'|'strict', items: number, chats: number[], batched?: boolean, heapMb?: number }} SendCase
 * @type {SendCase[]}
 */
const SENDS = [
	{ name: 'P1-real', id: 'benchP1', model: 'documented', items: 300, chats: CHATS },
	{ name: 'P1-real-batched', id: 'benchP1batched', model: 'documented', items: 300, chats: CHATS, batched: true },
	{ name: 'P1-real-strict', id: 'benchP1strict', model: 'strict', items: 300, chats: CHATS },
	{ name: 'P1-real-3000', id: 'benchP1x3000', model: 'documented', items: 3000, chats: CHATS_30 },
	// Not a target of its own: shows what Batching does to time and memory at that size.
	{
		name: 'P1-real-3000-batched',
		id: 'benchP1x3000batched',
		model: 'documented',
		items: 3000,
		chats: CHATS_30,
		batched: true,
	},
	// No target of their own: P1-real and P1-real-3000 with the old generation Node sizes for a 1 GB
	// container (half its memory), to show how much of the RSS growth is V8 waiting to collect. They
	// run the same workflows as P1-real and P1-real-3000.
	{ name: 'P1-real-heap512', id: 'benchP1', model: 'documented', items: 300, chats: CHATS, heapMb: 512 },
	{
		name: 'P1-real-3000-heap512',
		id: 'benchP1x3000',
		model: 'documented',
		items: 3000,
		chats: CHATS_30,
		heapMb: 512,
	},
];
const P2 = { name: 'P2-real', id: 'benchP2' };

/**
 * For comparison, no targets: the same workflows with the reference declarative node
 * (reference.js) in place of the Pachca node, and with no node there at all (`upstream`: what the
 * Code and Set nodes before it take).
 * @typedef {{ name: string, id: string, items: number, chats: number[], kind: 'reference'|'upstream' }} RefCase
 * @type {RefCase[]}
 */
const REFS = [
	{ name: 'P1-ref', id: 'benchRef', items: 300, chats: CHATS, kind: 'reference' },
	{ name: 'P1-ref-3000', id: 'benchRef3000', items: 3000, chats: CHATS_30, kind: 'reference' },
	{ name: 'P1-ref-upstream', id: 'benchUp', items: 300, chats: CHATS, kind: 'upstream' },
	{ name: 'P1-ref-upstream-3000', id: 'benchUp3000', items: 3000, chats: CHATS_30, kind: 'upstream' },
];

module.exports = { CHATS, CHATS_30, USERS, SENDS, P2, REFS };
