// @ts-check
'use strict';
// A free port on 127.0.0.1 (the OS picks one; we release it for n8n to take).

const net = require('node:net');

/** @returns {Promise<number>} */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {net.AddressInfo} */ (server.address());
			server.close(() => resolve(port));
		});
	});
}

module.exports = { freePort };
