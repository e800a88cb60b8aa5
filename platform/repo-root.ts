import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project folder: the nearest ancestor holding package.json. From source (`<root>/platform/repo-root.ts`)
 * that is one level up; compiled (`<root>/dist/platform/repo-root.js`, `npm run build`) it is two —
 * dist/ has no package.json of its own (issue 16 item 3).
 */
export const REPO_ROOT = (() => {
  let d = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(d, 'package.json')) && path.dirname(d) !== d) d = path.dirname(d);
  return d;
})();

/** Running the compiled output (`npm run build` → dist/), not the TypeScript sources through tsx. */
export const COMPILED = !fileURLToPath(import.meta.url).endsWith('.ts');
