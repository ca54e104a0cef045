// @ts-check
'use strict';
// CPU time spent by n8n's processes (each n8n runs in its own process group, with its task
// runner), read from /proc: unlike latency on a shared machine, the CPU a press costs hardly
// depends on what else runs, so it tells what the same presses need on a quiet one.

const fs = require('node:fs');
const { execFileSync } = require('node:child_process');

let ticksPerSecond = 0;

/** User + system CPU of every process in these process groups, in ms (0 where /proc is missing). @param {number[]} groups */
function groupCpuMs(groups) {
	if (!fs.existsSync('/proc/self/stat')) return 0;
	ticksPerSecond ||= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
	let ticks = 0;
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		let stat;
		try {
			stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
		} catch {
			continue; // gone meanwhile
		}
		// Fields after the command name (which may hold spaces): state ppid pgrp … utime(14) stime(15).
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		if (groups.includes(Number(fields[2]))) ticks += Number(fields[11]) + Number(fields[12]);
	}
	return (ticks * 1000) / ticksPerSecond;
}

/** Busy CPU time of the whole machine (every core, every process: n8n, its databases, the benchmark), in ms. */
function machineCpuMs() {
	if (!fs.existsSync('/proc/stat')) return 0;
	ticksPerSecond ||= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
	const [cpu] = fs.readFileSync('/proc/stat', 'utf8').split('\n');
	// cpu user nice system idle iowait irq softirq steal …: all but idle and iowait are busy.
	const [user, nice, system, , , irq, softirq, steal] = cpu.trim().split(/\s+/).slice(1).map(Number);
	return ((user + nice + system + irq + softirq + (steal || 0)) * 1000) / ticksPerSecond;
}

module.exports = { groupCpuMs, machineCpuMs };
