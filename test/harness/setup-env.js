// @ts-check
// n8n-core keeps instance settings (encryption key…) in N8N_USER_FOLDER; give each test worker a throwaway one.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

process.env.N8N_USER_FOLDER ??= fs.mkdtempSync(path.join(os.tmpdir(), 'pachca-n8n-'));
process.env.N8N_LOG_LEVEL ??= 'silent';
