// @ts-check
// Test harness: runs the built package through n8n's own engine (n8n-core) against the fake Pachca.
module.exports = {
	...require('./package-loader'),
	...require('./run-node'),
	...require('./load-options'),
	...require('./credential-test'),
	...require('./triggers'),
	...require('./packed'),
	...require('./n8n-logger'),
	...require('./send-and-wait'),
	...require('./run-workflow'),
};
