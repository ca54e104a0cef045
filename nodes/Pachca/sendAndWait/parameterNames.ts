/**
 * The operation's Options collection. n8n's own Send and Wait calls it `options`; here the File
 * resource has that name, and each top-level name belongs to one property (RoutingNode reads
 * every property by name for each item). The collection inside keeps n8n's shape.
 */
export const OPTIONS = 'sendAndWaitOptions';
