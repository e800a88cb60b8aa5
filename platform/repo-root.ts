import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root directory (this file is `<root>/platform/repo-root.ts`). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
