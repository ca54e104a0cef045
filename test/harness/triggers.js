// @ts-check
// Trigger nodes through n8n-core's HookContext, WebhookContext and PollContext.
module.exports = {
	...require('./trigger-setup'),
	...require('./trigger-hooks'),
	...require('./delivery-server'),
	...require('./trigger-poll'),
};
