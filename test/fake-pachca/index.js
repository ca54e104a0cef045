// @ts-check
'use strict';
// Fake Pachca API server shared by tests, benchmarks and the local sandbox. Plain CommonJS
// JavaScript on purpose: the n8n lint forbids Node built-ins (node:http …) in .ts files.
//
//   const { FakePachca } = require('./test/fake-pachca');
//   const fake = new FakePachca({ seed: true });
//   await fake.start();          // 127.0.0.1, random port; fake.baseUrl ends with /api/shared/v1
//   ...
//   await fake.stop();

const { FakePachca, startFakePachca, PREFIX } = require('./server');
const { OPERATIONS } = require('./operations');
const { SCOPE_ROLES, scopesForRole } = require('./scopes');

module.exports = {
	FakePachca,
	startFakePachca,
	API_PREFIX: PREFIX,
	OPERATIONS,
	SCOPE_ROLES,
	scopesForRole,
};
