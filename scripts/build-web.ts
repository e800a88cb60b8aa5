/**
 * `npm run build:web` (and the last step of `npm install`): builds the officials' web app (web/) with
 * Vite into dist/web, which the API serves at / (api/webapp.ts). Prints the JavaScript size gzipped
 * (the budget is 300 KB).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = path.resolve(import.meta.dirname, '../web');
const started = Date.now();
await build({ configFile: path.join(root, 'vite.config.ts') });
const assets = path.resolve(root, '../dist/web/assets');
let gz = 0;
for (const f of fs.readdirSync(assets)) if (f.endsWith('.js')) gz += gzipSync(fs.readFileSync(path.join(assets, f))).length;
process.stdout.write(`[bangfu] web app built into dist/web in ${((Date.now() - started) / 1000).toFixed(1)} s (JavaScript ${(gz / 1024).toFixed(1)} KB gzipped)\n`);
