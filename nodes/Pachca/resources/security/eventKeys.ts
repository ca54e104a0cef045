/** Audit event types, with Pachca's meaning of each (the `event_key` filter). */
// prettier-ignore
const EVENT_KEYS: Array<[string, string]> = [
	['access_token_created', 'Access token created'], ['access_token_destroy', 'Access token deleted'],
	['access_token_updated', 'Access token updated'], ['audit_events_accessed', 'Audit log read'],
	['bot_deleted', 'Bot deleted'], ['bot_oauth_client_updated', 'Bot OAuth client settings changed'],
	['bot_scopes_updated', 'Bot token scopes changed'], ['bot_token_recreated', 'Bot token recreated'],
	['bot_webhook_settings_updated', 'Bot webhook settings changed'], ['chat_created', 'Chat created'],
	['chat_permission_changed', 'Chat access changed'], ['chat_renamed', 'Chat renamed'],
	['dlp_violation_detected', 'DLP rule violated'], ['kms_decrypt', 'Data decrypted'],
	['kms_encrypt', 'Data encrypted'], ['message_created', 'Message created'], ['message_deleted', 'Message deleted'],
	['message_updated', 'Message edited'], ['oauth_authorization_granted', 'OAuth access granted'],
	['oauth_authorization_revoked', 'OAuth access revoked'], ['reaction_created', 'Reaction added'],
	['reaction_deleted', 'Reaction removed'], ['search_chats_api', 'Chats searched through the API'],
	['search_messages_api', 'Messages searched through the API'],
	['search_users_api', 'Employees searched through the API'], ['tag_added_to_chat', 'Tag added to a chat'],
	['tag_created', 'Tag created'], ['tag_deleted', 'Tag deleted'],
	['tag_removed_from_chat', 'Tag removed from a chat'], ['thread_created', 'Thread created'],
	['user_2fa_fail', 'Two-factor check failed'], ['user_2fa_success', 'Two-factor check passed'],
	['user_added_to_tag', 'User added to a tag'], ['user_chat_join', 'User joined a chat'],
	['user_chat_leave', 'User left a chat'], ['user_created', 'User created'], ['user_deleted', 'User deleted'],
	['user_login', 'User signed in'], ['user_logout', 'User signed out'],
	['user_removed_from_tag', 'User removed from a tag'], ['user_role_changed', 'User role changed'],
	['user_updated', 'User updated'], ['video_call_finished', 'Video call finished'],
	['video_call_recording_ready', 'Video call recording ready'], ['video_call_started', 'Video call started'],
];

export const EVENT_KEY_OPTIONS = EVENT_KEYS.map(([value, description]) => ({ name: value, value, description }));
