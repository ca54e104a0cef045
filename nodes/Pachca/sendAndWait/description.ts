import type { IWebhookDescription } from 'n8n-workflow';

/**
 * The resume links' webhooks: n8n serves them under /webhook-waiting/<execution>/<node id> while
 * the execution waits (restartWebhook), GET for a click or the form page, POST for a form.
 */
export const sendAndWaitWebhooks: IWebhookDescription[] = ['GET', 'POST'].map((httpMethod) => ({
	name: 'default',
	httpMethod,
	responseMode: 'onReceived',
	path: '={{ $nodeId }}',
	restartWebhook: true,
	isFullPath: true,
}));

/** Shown on the node while its execution waits. */
export const waitingTooltip =
	'={{ $parameter.operation === "sendAndWait" ? "Waiting for an answer to the message in Pachca" : "" }}';

/**
 * The operation's Options collection. n8n's own Send and Wait calls it `options`; here the File
 * resource has that name, and each top-level name belongs to one property (RoutingNode reads
 * every property by name for each item). The collection inside keeps n8n's shape.
 */
export const OPTIONS = 'sendAndWaitOptions';
