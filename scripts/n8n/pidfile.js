// @ts-check
'use strict';
// Remembers the n8n that `npm start` runs and which `npm start` runs it. The next `npm start`
// refuses while that one is still running, and cleans up an n8n left behind when it was killed
// hard (n8n runs in its own process group, so it outlives a SIGKILLed parent).

const fs = require('node:fs');
const path = require('node:path');

/** @param {string} folder */
const pidFile = (folder) => path.join(folder, 'n8n.pid');

/** @param {number} pid @param {string} needle */
function runs(pid, needle) {
	try {
		return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').includes(needle);
	} catch {
		return false;
	}
}

const isN8n = (/** @type {number} */ pid) => runs(pid, path.join('n8n', 'bin', 'n8n'));

/** @param {string} folder @param {import('./process').N8nServer} server */
function writePid(folder, server) {
	if (server.child?.pid) fs.writeFileSync(pidFile(folder), `${server.child.pid} ${process.pid}`);
}

/** @param {string} folder */
function removePid(folder) {
	fs.rmSync(pidFile(folder), { force: true });
}

/**
 * Throws when another `npm start` still runs; otherwise stops an n8n it left behind
 * (SIGTERM, then SIGKILL after 20 s).
 * @param {string} folder
 */
async function stopLeftover(folder) {
	const file = pidFile(folder);
	const [pid, owner] = (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '').split(' ').map(Number);
	if (owner && owner !== process.pid && runs(owner, 'start.js')) {
		throw new Error(
			`npm start is already running (process ${owner}): stop it with Ctrl+C first, or use ` +
				`another N8N_PORT and PACHCA_SANDBOX_PORT in a copy of the repository.`,
		);
	}
	removePid(folder);
	if (!pid || !isN8n(pid)) return;
	console.log(`[start] Stopping n8n left running by an earlier npm start (pid ${pid}) …`);
	for (const [signal, waitMs] of /** @type {const} */ ([
		['SIGTERM', 20000],
		['SIGKILL', 5000],
	])) {
		try {
			process.kill(-pid, signal);
		} catch {
			return;
		}
		const until = Date.now() + waitMs;
		while (Date.now() < until && isN8n(pid)) await new Promise((resolve) => setTimeout(resolve, 500));
		if (!isN8n(pid)) return;
	}
}

module.exports = { writePid, removePid, stopLeftover };
