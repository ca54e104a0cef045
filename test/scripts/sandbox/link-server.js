// @ts-check
'use strict';
// A page server on 127.0.0.1 that a URL button can link to: it answers each request with the
// page `render` gives and records what came in (method, user agent, content type, body).
// Plain JS: the n8n lint forbids Node built-ins in .ts files.

const http = require('node:http');

/**
 * @param {(request: { method?: string, url?: string }) => string} render
 */
async function startLinkServer(render) {
	/** @type {Array<{ method?: string, agent?: string, type?: string, body: string }>} */
	const seen = [];
	const server = http.createServer((req, res) => {
		let body = '';
		req.on('data', (chunk) => (body += chunk));
		req.on('end', () => {
			seen.push({ method: req.method, agent: req.headers['user-agent'], type: req.headers['content-type'], body });
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(render(req));
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	return {
		origin: `http://127.0.0.1:${address.port}`,
		seen,
		stop: () => new Promise((resolve) => server.close(() => resolve(undefined))),
	};
}

module.exports = { startLinkServer };
