/**
 * The Pachca node's description. The Pachca Trigger's begins with it too: n8n's node panel shows
 * the two as one "Pachca" entry with the trigger's description (the Pachca Trigger's description).
 */
export const PACHCA_NODE_DESCRIPTION = 'Send messages, manage chats, members, threads and reactions in Pachca';
