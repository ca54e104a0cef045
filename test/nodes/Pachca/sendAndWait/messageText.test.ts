import { startWaiting } from '../../../harness';
import { askInChat, credentialsFor, useFakePachca } from '../../../support/pachca';

const fake = useFakePachca();

const askWith = async (message: string, json: Record<string, unknown>) => {
	const waiting = await startWaiting({
		parameters: askInChat(message),
		credentials: credentialsFor(fake),
		items: [{ json }],
	});
	expect(waiting.error).toBeUndefined();
	return (fake.requests[0].body as { message: { content: string } }).message.content;
};

describe('Message → Send and Wait for Response: the message text', () => {
	// The Human review variant's default message shows the tool's input, `{{ $tool.parameters }}`, an object.
	it('shows an object of an expression as JSON, where n8n would print "[object Object]"', async () => {
		const input = { chatId: 102, text: 'Release 2.4 is out' };
		const content = await askWith('=Run {{ $json.tool }}?\n\nInput:\n{{ $json.input }}', { tool: 'Post', input });
		expect(content).toBe(`Run Post?\n\nInput:\n${JSON.stringify(input, null, 2)}`);
	});

	it('prints everything else as n8n does: text, numbers, lists, a single expression, an unclosed {{', async () => {
		const json = { n: 3, tags: ['a', 'b'], list: [{ id: 1 }] };
		expect(await askWith('=Copies: {{ $json.n }}, tags {{ $json.tags }}; {{ $json.list }}', json)).toBe(
			'Copies: 3, tags a,b; [\n  {\n    "id": 1\n  }\n]',
		);
		fake.clearRequests();
		expect(await askWith('={{ $json.n + 1 }} more {{ left open', json)).toBe('4 more {{ left open');
		fake.clearRequests();
		expect(await askWith('Plain {{ text }}', json)).toBe('Plain {{ text }}');
	});
});
