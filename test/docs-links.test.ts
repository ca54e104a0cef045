import { packAndLoad } from './harness';
import { DOCUMENTS, anchorsOf, fileExists, packageJson, readmeAnchors, relativeLinks } from './support/readme';

const pkg = packageJson();
const anchors = readmeAnchors();

/** The repository page the links must stay on: package.json's homepage without its fragment. */
const repositoryPage = pkg.homepage.replace(/#.*$/, '');

/** A link to one README section of the repository; returns the section's anchor. */
function readmeSection(url: string | undefined): string {
	const parsed = new URL(url ?? '');
	expect(`${parsed.origin}${parsed.pathname}`).toBe(repositoryPage);
	expect(anchors).toContain(parsed.hash.slice(1));
	return parsed.hash.slice(1);
}

interface Codex {
	categories?: string[];
	resources?: { primaryDocumentation?: Array<{ url: string }>; credentialDocumentation?: Array<{ url: string }> };
}

describe('Docs links in the packed package', () => {
	it("each node opens its README section, read from its codex file by n8n-core's loader", async () => {
		const { files, loader } = await packAndLoad();
		const credential = loader.credentialTypes.pachcaApi.type as { documentationUrl?: string };
		const credentialSection = readmeSection(credential.documentationUrl);
		expect(credentialSection).toBe('credentials');
		const webhookCredential = loader.credentialTypes.pachcaIncomingWebhookApi.type as { documentationUrl?: string };
		expect(readmeSection(webhookCredential.documentationUrl)).toBe('incoming-webhook-send-without-the-api');

		const sections: Record<string, string> = {};
		for (const file of pkg.n8n.nodes as string[]) {
			expect(files).toContain(file.replace(/\.js$/, '.json'));
			const name = Object.keys(loader.nodeTypes).find((type) => loader.nodeTypes[type].sourcePath.endsWith(file));
			const description = loader.nodeTypes[name!].type.description as { documentationUrl?: string; codex?: Codex };
			const docs = description.codex?.resources?.primaryDocumentation?.[0]?.url;
			// The editor's Docs button takes an http documentationUrl as it is; the codex link gets
			// tracking parameters appended, which would land after the #anchor, so both are set alike.
			expect(description.documentationUrl).toBe(docs);
			sections[name!] = readmeSection(docs);
			expect(description.codex?.categories).toContain('Communication');
			expect(description.codex?.resources?.credentialDocumentation?.[0]?.url).toBe(credential.documentationUrl);
		}
		expect(sections).toEqual({
			pachca: 'resources-and-operations',
			pachcaTrigger: 'pachca-trigger-webhook',
			pachcaPollingTrigger: 'pachca-polling-trigger',
		});
	});
});

describe('links between the documents', () => {
	it.each(DOCUMENTS)('every relative link of %s lands on a file and, with an anchor, on its heading', (document) => {
		const links = relativeLinks(document);
		expect(links.length).toBeGreaterThan(0);
		for (const link of links) {
			expect({ link: link.target, exists: fileExists(link.file) }).toEqual({
				link: link.target,
				exists: true,
			});
			if (link.anchor && link.file.endsWith('.md')) expect(anchorsOf(link.file)).toContain(link.anchor);
		}
	});
});
