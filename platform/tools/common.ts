/**
 * Shared pieces of the project-local tool installers (platform/tools/temporal-cli.ts,
 * scripts/lib/tools/test-server.ts): where tools go, the skip switch, running a command, PATH look-up.
 *
 * Switches: `BANGFU_TOOLS_DIR` (default `<repo>/.tools`, gitignored), `BANGFU_TOOLS_SKIP=path,pypi,go,sdk,maven`
 * (skip routes; for CI diagnosis). Each installer documents its own version switch.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../repo-root.js';

export { REPO_ROOT };

export type Log = (s: string) => void;

export interface EnsureOptions {
  /** Progress messages (installs only; the fast path is silent). Default: stderr. */
  log?: Log;
}

export function toolsDir(): string {
  return path.resolve(process.env.BANGFU_TOOLS_DIR || path.join(REPO_ROOT, '.tools'));
}

export const defaultLog: Log = (s) => process.stderr.write(`[tools] ${s}\n`);

/** True when `BANGFU_TOOLS_SKIP` names this route. */
export const skipped = (step: string): boolean =>
  (process.env.BANGFU_TOOLS_SKIP ?? '')
    .split(',')
    .map((s) => s.trim())
    .includes(step);

export interface RunResult {
  stdout: string;
  stderr: string;
}

/** Runs a command; rejects with the tail of its output on a non-zero exit, a spawn error or a timeout. */
export function run(cmd: string, args: string[], o: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs: number }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: o.cwd, env: o.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let errLen = 0;
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => {
      err.push(b);
      errLen += b.length;
      while (errLen > 64_000 && err.length > 1) errLen -= err.shift()!.length;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, o.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`${cmd}: ${e.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (code === 0) return resolve({ stdout, stderr });
      const tail = (stderr.trim() || stdout.trim()).split('\n').slice(-15).join('\n');
      const why = timedOut ? `timed out after ${o.timeoutMs / 1000} s` : signal ? `killed by ${signal}` : `exit code ${code}`;
      reject(new Error(`\`${[path.basename(cmd), ...args].join(' ')}\` failed (${why})${tail ? `:\n${tail}` : ''}`));
    });
  });
}

export function whichSync(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, name);
    if (isExecutable(p)) return p;
  }
  return null;
}

export function isExecutable(p: string): boolean {
  try {
    const st = fs.statSync(p);
    if (!st.isFile()) return false;
    fs.accessSync(p, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** First file called `name` anywhere under `dir` (depth first). */
export function findFile(dir: string, name: string): string | null {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      const hit = findFile(p, name);
      if (hit) return hit;
    } else if (e.name === name) return p;
  }
  return null;
}

export function msg(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** First and last line of a (multi-line) error, for progress logs. */
export function summary(s: string): string {
  const lines = s.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.length <= 1 ? (lines[0] ?? '') : `${lines[0]} … ${lines[lines.length - 1]}`;
}

export function indent(s: string): string {
  return s.replace(/\n/g, '\n     ');
}
