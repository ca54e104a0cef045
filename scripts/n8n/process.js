// @ts-check
'use strict';
// Starting and stopping real n8n: `n8n start` as a child process (in its own process group, so
// its task runner goes with it), its output in a log file, readiness polled on /healthz/readiness
// with a time limit; and one-shot CLI commands (`n8n import:workflow …`) with the same env.

const fs = require('node:fs');
const { spawn } = require('node:child_process');
const { run, duration, Tail } = require('../lib/run');

const READY_LIMIT_MS = 4 * 60 * 1000;
const STOP_LIMIT_MS = 20 * 1000;
const CLI_LIMIT_MS = 5 * 60 * 1000;

/** @typedef {import('./install').N8nInstall} N8nInstall */

/**
 * Runs `n8n <args>`; throws with the command's last output when it fails.
 * @param {N8nInstall} install @param {NodeJS.ProcessEnv} env @param {string[]} args
 * @param {{ timeoutMs?: number }} [options]
 */
async function n8nCli(install, env, args, options = {}) {
	const result = await run(install.runtime.node, [install.bin, ...args], {
		env,
		timeoutMs: options.timeoutMs ?? CLI_LIMIT_MS,
		quiet: true,
	});
	// Some commands log an error and still exit 0; their output says so.
	const failed =
		result.code !== 0 ||
		/^Error |An error occurred|Error importing|Execution was NOT successful|Error executing workflow/m.test(
			result.output,
		);
	if (failed)
		throw new Error(
			`n8n ${args.join(' ')} failed (${result.timedOut ? 'timed out' : `exit ${result.code ?? result.signal}`}):\n${result.tail}`,
		);
	return result.output;
}

class N8nServer {
	/**
	 * @param {N8nInstall} install
	 * @param {NodeJS.ProcessEnv} env
	 * @param {{ port: number, logFile: string, echo?: (line: string) => boolean, command?: string }} options
	 *   port: where /healthz/readiness answers; command: `start` (default), `worker` or `webhook` (queue mode)
	 */
	constructor(install, env, options) {
		this.install = install;
		this.env = env;
		this.port = options.port;
		this.logFile = options.logFile;
		this.echo = options.echo ?? (() => false);
		this.command = options.command ?? 'start';
		this.url = `http://localhost:${options.port}`;
		/** @type {import('node:child_process').ChildProcess | null} */
		this.child = null;
		this.tail = new Tail(60);
		/** @type {number|null} */
		this.exitCode = null;
	}

	/** Starts n8n and resolves when it answers ready; throws (and stops it) when it does not in time. */
	async start() {
		const log = fs.createWriteStream(this.logFile, { flags: 'a' });
		const child = spawn(this.install.runtime.node, [this.install.bin, this.command], {
			env: this.env,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		this.child = child;
		child.on('exit', (code) => {
			this.exitCode = code ?? -1;
		});
		let pending = '';
		/** @param {Buffer} chunk */
		const onData = (chunk) => {
			log.write(chunk);
			const lines = (pending + chunk.toString('utf8')).split('\n');
			pending = lines.pop() ?? '';
			for (const line of lines) {
				this.tail.push(line);
				if (this.echo(line)) console.log(`[n8n] ${line}`);
			}
		};
		child.stdout?.on('data', onData);
		child.stderr?.on('data', onData);
		const started = Date.now();
		while (Date.now() - started < READY_LIMIT_MS) {
			if (this.exitCode !== null)
				throw new Error(
					`n8n exited (code ${this.exitCode}) before it was ready. Last output (full log: ${this.logFile}):\n${this.tail}`,
				);
			if (await this.ready()) return duration(Date.now() - started);
			await new Promise((resolve) => setTimeout(resolve, 1000));
		}
		await this.stop();
		throw new Error(
			`n8n was not ready within ${duration(READY_LIMIT_MS)}. Last output (full log: ${this.logFile}):\n${this.tail}`,
		);
	}

	async ready() {
		try {
			const response = await fetch(`http://127.0.0.1:${this.port}/healthz/readiness`, {
				signal: AbortSignal.timeout(3000),
			});
			return response.status === 200;
		} catch {
			return false;
		}
	}

	/** SIGTERM to n8n's process group, SIGKILL after STOP_LIMIT_MS. */
	async stop() {
		const child = this.child;
		if (!child || this.exitCode !== null || child.pid === undefined) return;
		const exited = new Promise((resolve) => child.once('exit', resolve));
		const signal = (/** @type {NodeJS.Signals} */ name) => {
			try {
				process.kill(-(/** @type {number} */ (child.pid)), name);
			} catch {
				// already gone
			}
		};
		signal('SIGTERM');
		const timer = new Promise((resolve) => setTimeout(() => resolve('timeout'), STOP_LIMIT_MS));
		if ((await Promise.race([exited, timer])) === 'timeout') {
			signal('SIGKILL');
			await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
		}
	}
}

module.exports = { N8nServer, n8nCli };
