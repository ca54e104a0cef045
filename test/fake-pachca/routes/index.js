// @ts-check
'use strict';
// Every route module's handlers, keyed "METHOD /path" exactly as in operations.js. The router
// refuses to start if an operation has no handler or a handler names an unknown operation.

module.exports = [
	require('./messages'),
	require('./pins'),
	require('./link-previews'),
	require('./reactions'),
	require('./threads'),
	require('./chats').routes,
	require('./members'),
	require('./users'),
	require('./status-avatar').routes,
	require('./profile'),
	require('./oauth'),
	require('./group-tags'),
	require('./tasks'),
	require('./bots').routes,
	require('./bot-self'),
	require('./webhook-events'),
	require('./audit-events'),
	require('./exports').routes,
	require('./files').routes,
	require('./views'),
	require('./search'),
];
