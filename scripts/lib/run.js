// @ts-check
'use strict';
// Runs a command to completion with a time limit, printing its output with a prefix and
// keeping the last lines so a failure can be reported with them.

const { spawn } = require('node:child_process');

/**
 * @typedef {object} RunOptions
 * @property {string} [cwd]
 * @property {NodeJS.ProcessEnv} [env]
 * @property {number} timeoutMs  the command is killed after this long
 * @property {string} [prefix]  printed before each output line; no prefix and `quiet` → nothing printed
 * @property {boolean} [quiet]  keep output for the failure report only
 * @property {(line: string) => boolean} [show]  which lines to print (default: all)
 */

/** Keeps the last `max` lines of a stream of text. */
class Tail {
	/** @param {number} max */
	constructor(max) {
		this.max = max;
		/** @type {string[]} */
		this.lines = [];
	}

	/** @param {string} line */
	push(line) {
		this.lines.push(line);
		if (this.lines.length > this.max) this.lines.shift();
	}

	toString() {
		return this.lines.join('\n');
	}
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {RunOptions} options
 * @returns {Promise<{ code: number|null, signal: NodeJS.Signals|null, timedOut: boolean, tail: string, output: string }>}
 */
function run(command, args, options) {
	const { cwd, env, timeoutMs, prefix = '', quiet = false, show = () => true } = options;
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		const tail = new Tail(40);
		/** @type {string[]} */
		const all = [];
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			child.kill('SIGKILL');
		}, timeoutMs);
		let pending = '';
		/** @param {Buffer} chunk */
		const onData = (chunk) => {
			const lines = (pending + chunk.toString('utf8')).split('\n');
			pending = lines.pop() ?? '';
			for (const line of lines) take(line);
		};
		/** @param {string} line */
		const take = (line) => {
			tail.push(line);
			if (all.length < 20000) all.push(line);
			if (!quiet && show(line)) console.log(prefix + line);
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.on('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			if (pending) take(pending);
			resolve({ code, signal, timedOut, tail: tail.toString(), output: all.join('\n') });
		});
	});
}

/** "3m07s" / "41.2s": for progress and timing lines. @param {number} ms */
function duration(ms) {
	const s = ms / 1000;
	if (s < 60) return `${s.toFixed(1)}s`;
	return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
}

module.exports = { run, duration, Tail };
