// @ts-check
'use strict';
// Pieces the end-to-end and benchmark workflows share: the reference to the Pachca API
// credential that importCredential creates, and the Pachca node's Message → Send parameters.

const { EXAMPLE_CREDENTIAL_ID } = require('../../scripts/n8n/examples');

/** A node's `credentials` for the Pachca API credential that importCredential imports. */
const PACHCA_CREDENTIAL = { pachcaApi: { id: EXAMPLE_CREDENTIAL_ID, name: 'Pachca API' } };

/**
 * Message → Send into the chat `chatId` (a number as text, or an expression).
 * @param {string} chatId @param {string} content
 */
const sendMessageParameters = (chatId, content) => ({
	resource: 'message',
	operation: 'create',
	entityType: 'discussion',
	chatId: { __rl: true, mode: 'id', value: chatId },
	content,
	additionalFields: {},
});

module.exports = { PACHCA_CREDENTIAL, sendMessageParameters };
