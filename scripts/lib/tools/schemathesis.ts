/**
 * Schemathesis (PyPI) for the API's schema fuzz test (test/api/schemathesis.test.ts; issue 16): installed
 * once into `.tools/schemathesis-<version>` as a Python venv, the way the Temporal CLI comes from PyPI
 * (platform/tools/temporal-cli.ts). Needs python3 with the venv module. `BANGFU_SCHEMATHESIS` points at
 * an `st` executable to use instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { defaultLog, run, toolsDir, whichSync, type EnsureOptions } from '../../../platform/tools/common.js';

export const SCHEMATHESIS_VERSION = '4.32.5';

export async function ensureSchemathesis(o: EnsureOptions = {}): Promise<string> {
  const log = o.log ?? defaultLog;
  if (process.env.BANGFU_SCHEMATHESIS) return process.env.BANGFU_SCHEMATHESIS;
  const dir = path.join(toolsDir(), `schemathesis-${SCHEMATHESIS_VERSION}`);
  const bin = path.join(dir, 'bin', 'st');
  const done = path.join(dir, '.complete');
  if (fs.existsSync(bin) && fs.existsSync(done)) return bin;
  const python = whichSync('python3') ?? whichSync('python');
  if (!python) throw new Error('schemathesis: no python3 on PATH (needed with its venv module; or set BANGFU_SCHEMATHESIS to an `st` executable)');
  log(`installing schemathesis==${SCHEMATHESIS_VERSION} from PyPI into ${dir} (about 90 MB, a minute) …`);
  fs.rmSync(dir, { recursive: true, force: true });
  await run(python, ['-m', 'venv', dir], { timeoutMs: 120_000 });
  await run(path.join(dir, 'bin', 'python'), ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', `schemathesis==${SCHEMATHESIS_VERSION}`], { timeoutMs: 600_000 });
  fs.writeFileSync(done, `${SCHEMATHESIS_VERSION}\n`);
  return bin;
}
