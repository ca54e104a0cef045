// @ts-check
'use strict';
// PostgreSQL and Redis for the queue-mode run, from Debian's packages (`apt-get install -y
// postgresql redis-server`): our own throw-away instances in a temporary folder, on free
// loopback ports, never the system's. PostgreSQL refuses to run as root, so as root its
// commands run as the `postgres` user (runuser); its folder is handed to that user.

const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { run } = require('../../../scripts/lib/run');

const PG_LIMIT_MS = 90 * 1000;
const PG_BIN_ROOT = '/usr/lib/postgresql';

/** The newest installed PostgreSQL's bin folder (Debian keeps initdb and pg_ctl off PATH). */
function pgBinDir() {
	const versions = fs.existsSync(PG_BIN_ROOT)
		? fs
				.readdirSync(PG_BIN_ROOT)
				.filter((v) => /^\d+$/.test(v))
				.sort((a, b) => Number(b) - Number(a))
		: [];
	if (versions.length === 0)
		throw new Error(
			`PostgreSQL is not installed (no ${PG_BIN_ROOT}/<version>/bin). Run: apt-get install -y postgresql redis-server`,
		);
	return path.join(PG_BIN_ROOT, versions[0], 'bin');
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL tool, as the postgres user when we are root. @param {string} tool @param {string[]} args */
async function pg(tool, args) {
	const bin = path.join(pgBinDir(), tool);
	const [command, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
	const result = await run(command, argv, { timeoutMs: PG_LIMIT_MS, quiet: true });
	if (result.code !== 0)
		throw new Error(
			`${tool} ${args.join(' ')} failed (${result.timedOut ? 'timed out' : `exit ${result.code}`}):\n${result.tail}`,
		);
	return result.output;
}

class Postgres {
	/** @param {string} dir an empty folder for the cluster @param {number} port */
	constructor(dir, port) {
		this.dir = dir;
		this.port = port;
		this.data = path.join(dir, 'data');
		this.started = false;
	}

	async start() {
		fs.mkdirSync(this.dir, { recursive: true });
		if (asRoot) {
			const uid = Number((await run('id', ['-u', 'postgres'], { quiet: true, timeoutMs: 5000 })).output.trim());
			const gid = Number((await run('id', ['-g', 'postgres'], { quiet: true, timeoutMs: 5000 })).output.trim());
			fs.chownSync(this.dir, uid, gid);
		}
		await pg('initdb', ['-D', this.data, '-U', 'n8n', '--auth=trust', '--encoding=UTF8', '--no-instructions']);
		const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -k ${this.dir} -c fsync=off`;
		await pg('pg_ctl', [
			'-D',
			this.data,
			'-o',
			options,
			'-l',
			path.join(this.dir, 'postgres.log'),
			'-w',
			'-t',
			'60',
			'start',
		]);
		this.started = true;
		await pg('createdb', ['-h', '127.0.0.1', '-p', String(this.port), '-U', 'n8n', 'n8n']);
		return this;
	}

	async stop() {
		if (!this.started) return;
		this.started = false;
		await pg('pg_ctl', ['-D', this.data, '-m', 'fast', '-w', '-t', '30', 'stop']).catch((error) =>
			console.log(`    (postgres stop: ${error.message.split('\n')[0]})`),
		);
	}

	/** n8n's settings for this database. */
	get env() {
		return {
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(this.port),
			DB_POSTGRESDB_DATABASE: 'n8n',
			DB_POSTGRESDB_USER: 'n8n',
			DB_POSTGRESDB_PASSWORD: '',
		};
	}
}

/** Sends PING to a Redis port; resolves true on +PONG. @param {number} port */
function redisPing(port) {
	return new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1');
		const done = (/** @type {boolean} */ ok) => {
			socket.destroy();
			resolve(ok);
		};
		socket.setTimeout(2000, () => done(false));
		socket.on('error', () => done(false));
		socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
		socket.on('connect', () => socket.write('PING\r\n'));
	});
}

class Redis {
	/** @param {string} dir @param {number} port */
	constructor(dir, port) {
		this.dir = dir;
		this.port = port;
		/** @type {import('node:child_process').ChildProcess | null} */
		this.child = null;
	}

	async start() {
		fs.mkdirSync(this.dir, { recursive: true });
		const log = fs.openSync(path.join(this.dir, 'redis.log'), 'a');
		// No persistence, loopback only, our port.
		const args = [
			'--port',
			String(this.port),
			'--bind',
			'127.0.0.1',
			'--save',
			'',
			'--appendonly',
			'no',
			'--dir',
			this.dir,
		];
		this.child = spawn('redis-server', args, { stdio: ['ignore', log, log] });
		const exited = new Promise((resolve) => this.child?.once('exit', resolve));
		this.child.once('error', () => {});
		const until = Date.now() + 30000;
		while (Date.now() < until) {
			if (await redisPing(this.port)) return this;
			if (this.child.exitCode !== null) break;
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
		await this.stop();
		await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 1000))]);
		throw new Error(
			`redis-server did not answer on 127.0.0.1:${this.port} (is it installed? apt-get install ` +
				`-y redis-server). Log: ${path.join(this.dir, 'redis.log')}`,
		);
	}

	async stop() {
		const child = this.child;
		if (!child || child.exitCode !== null || child.signalCode !== null) return;
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		if (
			(await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), 10000))])) ===
			'timeout'
		)
			child.kill('SIGKILL');
	}

	get env() {
		return { QUEUE_BULL_REDIS_HOST: '127.0.0.1', QUEUE_BULL_REDIS_PORT: String(this.port) };
	}
}

module.exports = { Postgres, Redis };
