// @ts-check
'use strict';
// Which of n8n's log lines `npm start` shows in the terminal (all of them stay in .n8n-local/n8n.log).
// Offline, n8n still asks its own online services for things no env var switches off (and some
// that are switched off in env.js anyway, in older configurations): each failure logs a stack
// trace that would bury the package's own lines. Those are dropped from the terminal only.

/** n8n's own online services, which this machine (or a closed network) cannot reach. */
const N8N_SERVICE = /\b[\w.-]*n8n\.(io|cloud)\b/i;
/** Lines of such a failure: n8n's messages around it and the network error itself. */
const SERVICE_FAILURE = /Strapi API|Failed to fetch community node types|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT/i;
/** A stack frame (the package's own are kept). */
const STACK_LINE = /^\s+at\s/;

/** Lines worth showing: errors, (de)activations, the package's own. @param {string} line */
const worthShowing = (line) =>
	/error|Activated workflow|activated|Pachca/i.test(line) && !/Python task runner/.test(line);

/**
 * Whether `npm start` echoes this line of n8n's output.
 * @param {string} line
 */
function echoToTerminal(line) {
	if (N8N_SERVICE.test(line) && SERVICE_FAILURE.test(line)) return false;
	if (STACK_LINE.test(line) && !/Pachca|pachca/.test(line)) return false;
	return worthShowing(line);
}

module.exports = { echoToTerminal };
