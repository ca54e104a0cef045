import { packAndLoad } from './harness';

describe('the packed tarball', () => {
	it('holds only what n8n needs and loads as a community package', async () => {
		const { files, loader } = await packAndLoad();
		expect(files).toEqual(
			expect.arrayContaining([
				'package.json',
				'README.md',
				'LICENSE',
				'dist/nodes/Pachca/Pachca.node.js',
				'dist/credentials/PachcaApi.credentials.js',
				'dist/icons/pachca.svg',
				'dist/icons/pachca.dark.svg',
			]),
		);
		expect(files.filter((file: string) => !/^(dist\/|package\.json$|README\.md$|LICENSE$)/.test(file))).toEqual([]);
		expect(Object.keys(loader.nodeTypes)).toEqual(expect.arrayContaining(['pachca']));
		expect(Object.keys(loader.credentialTypes)).toEqual(['pachcaApi', 'pachcaIncomingWebhookApi']);
		const description = loader.nodeTypes.pachca.type.description as {
			usableAsTool?: boolean;
			credentials?: Array<{ name: string }>;
		};
		expect(description.usableAsTool).toBe(true);
		expect(description.credentials?.[0].name).toBe('pachcaApi');
	});
});
