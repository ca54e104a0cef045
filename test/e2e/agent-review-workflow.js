// @ts-check
'use strict';
// The workflow of the human-review end-to-end steps: Pachca Trigger → AI Agent (the scripted
// model) → Reply in thread; the agent's Pachca tool "Post to a chat" reaches it only through a
// Pachca Human review node (n8n 2.41's generated `pachcaHitlTool`), which asks in General.

const { PACHCA_CREDENTIAL } = require('./workflow-parts');

const REVIEW_CHAT = 101;
const REVIEW = { id: 'pachcaAgentReview', webhookId: '5d0c7a1e-3b9f-4c61-9a52-e4c0de000022' };
const IN_PACHCA = { id: 'pachcaAgentReviewInPachca', webhookId: '5d0c7a1e-3b9f-4c61-9a52-e4c0de000023' };

/**
 * answerIn 'browser': URL buttons; 'pachca': Data buttons, which the same workflow's trigger
 * (listening to Button Click too) takes back to the waiting execution.
 * @param {'browser' | 'pachca'} [answerIn]
 */
function agentReviewWorkflow(answerIn = 'browser') {
	const ids = answerIn === 'pachca' ? IN_PACHCA : REVIEW;
	/** @param {string} id @param {string} name @param {string} type @param {number} typeVersion @param {[number, number]} position @param {object} parameters */
	const node = (id, name, type, typeVersion, position, parameters) => ({
		id: `${ids.id}-${id}`,
		name,
		type,
		typeVersion,
		position,
		parameters,
	});
	const nodes = [
		{
			...node('trigger', 'Pachca Trigger', 'n8n-nodes-pachca-plus.pachcaTrigger', 2, [0, 0], {
				events: answerIn === 'pachca' ? ['message_new', 'button_click'] : ['message_new'],
				filters: { ignoreOwnMessages: true },
				options: {},
			}),
			webhookId: ids.webhookId,
			credentials: PACHCA_CREDENTIAL,
		},
		node('agent', 'AI Agent', '@n8n/n8n-nodes-langchain.agent', 3.1, [260, 0], {
			promptType: 'auto',
			options: { systemMessage: 'Post to other chats when asked to.', enableStreaming: false },
		}),
		{
			...node('model', 'OpenAI Chat Model', '@n8n/n8n-nodes-langchain.lmChatOpenAi', 1.3, [140, 240], {
				model: { __rl: true, mode: 'list', value: 'gpt-5-mini' },
				responsesApiEnabled: false,
				options: {},
			}),
			credentials: { openAiApi: { id: 'openAiApiExample', name: 'OpenAI' } },
		},
		{
			// No `message`: the node's default, n8n's template with {{ $tool.name }} and {{ $tool.parameters }}.
			...node('review', 'Human review', 'n8n-nodes-pachca-plus.pachcaHitlTool', 1, [420, 240], {
				sendTo: 'discussion',
				sendToChat: { __rl: true, mode: 'id', value: String(REVIEW_CHAT) },
				answerIn,
				approvalOptions: { values: { approvalType: 'double' } },
			}),
			webhookId: `${ids.id}-review`,
			credentials: PACHCA_CREDENTIAL,
		},
		{
			...node('post', 'Post to a chat', 'n8n-nodes-pachca-plus.pachcaTool', 1, [420, 480], {
				descriptionType: 'manual',
				toolDescription: "Post a message as the bot to a Pachca chat, given the chat's numeric ID",
				resource: 'message',
				operation: 'create',
				entityType: 'discussion',
				chatId: { __rl: true, mode: 'id', value: "={{ $fromAI('chatId', 'Numeric ID of the chat', 'number') }}" },
				content: "={{ $fromAI('text', 'The message to post', 'string') }}",
				additionalFields: {},
			}),
			credentials: PACHCA_CREDENTIAL,
		},
		{
			...node('reply', 'Reply in thread', 'n8n-nodes-pachca-plus.pachca', 1, [560, 0], {
				resource: 'message',
				operation: 'reply',
				replyIn: 'thread',
				replyOptions: {},
			}),
			credentials: PACHCA_CREDENTIAL,
		},
	];
	/** @param {string} to @param {string} type */
	const to = (to, type) => ({ [type]: [[{ node: to, type, index: 0 }]] });
	return {
		name: `Pachca e2e: AI Agent with a Pachca human review (${answerIn})`,
		nodes,
		connections: {
			'Pachca Trigger': to('AI Agent', 'main'),
			'AI Agent': to('Reply in thread', 'main'),
			'OpenAI Chat Model': to('AI Agent', 'ai_languageModel'),
			'Post to a chat': to('Human review', 'ai_tool'),
			'Human review': to('AI Agent', 'ai_tool'),
		},
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

module.exports = { agentReviewWorkflow, REVIEW, IN_PACHCA, REVIEW_CHAT };
