/** Tests run the built package (dist/) through n8n-core against the fake Pachca; `pretest` builds it. */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }],
	},
	setupFiles: ['<rootDir>/test/harness/setup-env.js'],
	testTimeout: 30000,
};
