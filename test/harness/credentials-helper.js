// @ts-check
const { ICredentialsHelper } = require('n8n-workflow');

/**
 * Stands in for n8n's database-backed credentials helper: it hands out the credential data
 * the test set, and applies the credential type's own `authenticate` the way n8n's
 * CredentialsHelper does for function-style authentication.
 */
class TestCredentialsHelper extends ICredentialsHelper {
	/** @param {import('n8n-core').PackageDirectoryLoader} loader @param {Record<string, any>} data */
	constructor(loader, data) {
		super();
		this.loader = loader;
		this.data = data;
		/** @type {Array<[string, Record<string, unknown>]>} every call to authenticate: type name, headers before it ran */
		this.authenticated = [];
	}

	/** @param {string} type */
	credentialType(type) {
		const loaded = this.loader.credentialTypes[type];
		if (!loaded) throw new Error(`Unknown credential type ${type}`);
		return loaded.type;
	}

	getParentTypes() {
		return [];
	}

	getCredentialsProperties(/** @type {string} */ type) {
		return this.credentialType(type).properties;
	}

	async authenticate(
		/** @type {any} */ credentials,
		/** @type {string} */ typeName,
		/** @type {any} */ requestOptions,
	) {
		this.authenticated.push([typeName, structuredClone(requestOptions.headers ?? {})]);
		const type = this.credentialType(typeName);
		if (typeof type.authenticate === 'function') return await type.authenticate(credentials, requestOptions);
		throw new Error('The Pachca credential must authenticate with a function');
	}

	async preAuthentication() {
		return undefined;
	}

	async runPreAuthentication() {
		return undefined;
	}

	/** @param {any} _additionalData @param {any} _nodeCredentials @param {string} type */
	async getDecrypted(_additionalData, _nodeCredentials, type) {
		const data = this.data[type];
		if (!data) throw new Error(`No test credentials for ${type}`);
		return { ...data };
	}

	/** @returns {Promise<any>} */
	async getCredentials() {
		throw new Error('not used in tests');
	}

	async updateCredentials() {}

	async updateCredentialsOauthTokenData() {}

	isCredentialUsableByNode() {
		return true;
	}
}

module.exports = { TestCredentialsHelper };
