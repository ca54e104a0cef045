// @ts-check
'use strict';
// What the sandbox's person actions share: their error (with the HTTP status to answer), the
// default person and chat, and finding the newest message that fits.

const DEFAULT_USER = 4; // Anna Ivanova in the demo data
const DEFAULT_CHAT = 101; // General

/** @typedef {import('./server').PachcaSandbox} PachcaSandbox */

class ActionError extends Error {
	/** @param {number} status @param {string} message */
	constructor(status, message) {
		super(message);
		this.status = status;
	}
}

/** @param {PachcaSandbox} sb @param {(m: any) => boolean} test */
function latestMessage(sb, test) {
	const all = [...sb.fake.state.messages.values()].filter((m) => !m.deleted_at && test(m));
	return all.sort((a, b) => b.id - a.id)[0];
}

module.exports = { ActionError, DEFAULT_USER, DEFAULT_CHAT, latestMessage };
