import { signBody } from '../../fake-pachca/sign';
import { WEIGHTS, fuzzCase } from './cases';

// The fuzz generator (used by bench/fuzz-trigger.js and test:e2e) must be reproducible, cover
// every kind, and only ever mark genuine deliveries as allowed to run.

const SECRET = 'fuzz-secret';
const options = { seed: 11, secret: SECRET, command: '/fuzz', validEvery: 100 };
const withoutClock = (text: string) =>
	text.replace(/"webhook_timestamp":-?\d+/g, '').replace(/"created_at":"[^"]*"/g, '');

describe('trigger fuzz cases', () => {
	const cases = Array.from({ length: 2000 }, (_, i) => fuzzCase(options, i));

	it('gives the same cases for the same seed, and other ones for another seed', () => {
		const again = Array.from({ length: 200 }, (_, i) => fuzzCase(options, i));
		expect(again.map((c) => [c.kind, withoutClock(c.body.toString('latin1'))])).toEqual(
			cases.slice(0, 200).map((c) => [c.kind, withoutClock(c.body.toString('latin1'))]),
		);
		const other = Array.from({ length: 200 }, (_, i) => fuzzCase({ ...options, seed: 12 }, i));
		expect(other.map((c) => c.kind)).not.toEqual(cases.slice(0, 200).map((c) => c.kind));
	});

	it('covers every kind, plus a genuine delivery every 100th', () => {
		const kinds = new Set(cases.map((c) => c.kind));
		for (const kind of Object.keys(WEIGHTS)) expect(kinds).toContain(kind);
		expect(cases.filter((c) => c.kind.startsWith('valid')).length).toBe(20);
	});

	it('lets only correctly signed, fresh, well-formed deliveries with the command run', () => {
		for (const c of cases.filter((x) => x.runs)) {
			expect(c.headers['pachca-signature']).toBe(signBody(c.body, SECRET));
			const payload = JSON.parse(c.body.toString('utf8'));
			expect(payload).toMatchObject({ type: 'message', event: 'new', content: expect.stringMatching(/^\/fuzz /) });
			expect(Math.abs(payload.webhook_timestamp - Date.now() / 1000)).toBeLessThan(60);
		}
		for (const c of cases.filter((x) => !x.runs && x.headers['pachca-signature'] !== signBody(x.body, SECRET)))
			expect(c.allowed).not.toContain(200);
	});

	it('marks nothing as runnable without a command (the short run inside test:e2e)', () => {
		const none = Array.from({ length: 500 }, (_, i) => fuzzCase({ seed: 11, secret: SECRET, command: '' }, i));
		expect(none.filter((c) => c.runs)).toEqual([]);
		expect(none.every((c) => !c.body.toString('utf8').includes('/fuzz'))).toBe(true);
	});
});
