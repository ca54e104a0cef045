/**
 * Where the Pachca node keeps its token choice and rate limits: inside the "Token and Rate Limits"
 * collection at the bottom of the panel (nodes/Pachca/fields/nodeFields.ts), read with getNodeParameter.
 */
export const AUTHENTICATE_AS_PATH = 'nodeOptions.authenticateAs';
export const RATE_LIMITS_PATH = 'nodeOptions.rateLimits';
