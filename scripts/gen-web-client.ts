/** `npm run gen:web-client`: rewrites web/src/api/openapi.d.ts from the API's OpenAPI document. */
import fs from 'node:fs';
import path from 'node:path';
import { CLIENT_TYPES_FILE, generateClientTypes } from './lib/openapi-client.js';

const src = await generateClientTypes();
fs.mkdirSync(path.dirname(CLIENT_TYPES_FILE), { recursive: true });
fs.writeFileSync(CLIENT_TYPES_FILE, src);
process.stdout.write(`wrote ${path.relative(process.cwd(), CLIENT_TYPES_FILE)} (${src.length} characters)\n`);
