/**
 * Runs the `bangfu` command line the way an operator does (`npm run --silent bangfu -- …`) against the
 * test servers: the environment names the database / Temporal / key, and a private data directory keeps
 * the command away from a developer's .bangfu.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** The last JSON line on stdout, parsed (null if none). */
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export function runCli(args: string[], env: Record<string, string>, timeoutMs = 180_000): Promise<CliResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bangfu-cli-'));
  const started = Date.now();
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(DATABASE_URL|MIGRATION_DATABASE_URL|TEMPORAL_|BANGFU_)/.test(k)),
  );
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'bangfu', '--', ...args], {
      cwd: REPO,
      env: { ...clean, BANGFU_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      fs.rmSync(dataDir, { recursive: true, force: true });
      const last = stdout.trim().split('\n').filter((l) => l.startsWith('{')).at(-1);
      let json = null;
      try {
        json = last ? JSON.parse(last) : null;
      } catch {
        /* not JSON */
      }
      resolve({ code, stdout, stderr, ms: Date.now() - started, json });
    });
  });
}
