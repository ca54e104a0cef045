// @ts-check
'use strict';
// A small step runner for the end-to-end run: named steps in order, each timed; a failed
// required step skips the rest (counted as failed, so a broken setup can never look green);
// bounded polling; the closing line "N passed, N failed".

const { duration } = require('../../scripts/lib/run');

class Steps {
	constructor() {
		this.passed = 0;
		this.failed = 0;
		/** @type {string|null} */
		this.stopped = null;
		/** @type {string[]} */
		this.failures = [];
	}

	/**
	 * Runs one step unless an earlier required step failed.
	 * @template T
	 * @param {string} name
	 * @param {() => Promise<T>} fn
	 * @param {{ required?: boolean }} [options] required: a failure stops the run
	 * @returns {Promise<T | undefined>}
	 */
	async step(name, fn, options = {}) {
		if (this.stopped) {
			this.failed++;
			this.failures.push(`${name}: not run (${this.stopped} failed)`);
			console.log(`  - ${name}: not run`);
			return undefined;
		}
		const started = Date.now();
		try {
			const result = await fn();
			this.passed++;
			console.log(`  ✓ ${name} (${duration(Date.now() - started)})`);
			return result;
		} catch (error) {
			this.failed++;
			const message = error instanceof Error ? error.message : String(error);
			this.failures.push(`${name}: ${message}`);
			console.log(`  ✗ ${name} (${duration(Date.now() - started)})\n${indent(message)}`);
			if (options.required) this.stopped = name;
			return undefined;
		}
	}

	summary() {
		if (this.failures.length)
			console.log(`\nFailures:\n${this.failures.map((f) => indent(f.split('\n')[0])).join('\n')}`);
		console.log(`\n${this.passed} passed, ${this.failed} failed`);
		return this.failed === 0;
	}
}

/** @param {string} text */
const indent = (text) =>
	text
		.split('\n')
		.map((line) => `      ${line}`)
		.join('\n');

/**
 * Polls `probe` until it returns a truthy value; throws with `what` after `timeoutMs`.
 * @template T
 * @param {string} what
 * @param {() => T | Promise<T>} probe
 * @param {{ timeoutMs?: number, everyMs?: number }} [options]
 * @returns {Promise<NonNullable<T>>}
 */
async function waitFor(what, probe, { timeoutMs = 60000, everyMs = 250 } = {}) {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value) return /** @type {NonNullable<T>} */ (value);
		if (Date.now() > until) throw new Error(`Timed out after ${duration(timeoutMs)} waiting for ${what}.`);
		await new Promise((resolve) => setTimeout(resolve, everyMs));
	}
}

/** @param {unknown} condition @param {string} message */
function expect(condition, message) {
	if (!condition) throw new Error(message);
}

module.exports = { Steps, waitFor, expect };
