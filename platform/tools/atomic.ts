/**
 * Concurrency for the tool installers: every install goes to a private temp dir and is renamed into
 * place (atomic on one file system), so a finished install is all-or-nothing and the fast path needs
 * no lock. A lock dir (`.tools/.locks/<name>`, owner pid inside, stale when that pid is gone) keeps
 * parallel processes (vitest runs files in parallel) from doing the same download twice.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toolsDir, type Log } from './common.js';

/**
 * A fresh path next to `final` (same file system, so the final rename is atomic). Leftovers of
 * earlier attempts whose process is gone (killed mid-install) are removed on the way.
 */
export function tempSibling(final: string): string {
  const dir = path.dirname(final);
  fs.mkdirSync(dir, { recursive: true });
  for (const n of fs.readdirSync(dir)) {
    const m = /^\.tmp-.+-(\d+)-[0-9a-f]{8}$/.exec(n);
    if (m && !pidAlive(Number(m[1]))) fs.rmSync(path.join(dir, n), { recursive: true, force: true });
  }
  return path.join(path.dirname(final), `.tmp-${path.basename(final)}-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/** Renames a finished install into place; when another process got there first, keeps theirs. */
export function moveIntoPlace(tmp: string, final: string): string {
  try {
    fs.renameSync(tmp, final);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if ((code === 'ENOTEMPTY' || code === 'EEXIST') && fs.existsSync(final)) return final;
    throw e;
  }
  return final;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Cross-process mutex: `mkdir` is atomic. The owner file names pid and host; a lock whose owner is gone
 * (same host, pid dead) or that has no owner file after 30 s is taken over. Safety does not rest on
 * the lock (installs are rename-into-place); it only avoids duplicate downloads.
 */
export async function withLock<T>(name: string, log: Log, fn: () => Promise<T>): Promise<T> {
  const locks = path.join(toolsDir(), '.locks');
  fs.mkdirSync(locks, { recursive: true });
  const lock = path.join(locks, name);
  const owner = path.join(lock, 'owner');
  const deadline = Date.now() + 60 * 60_000;
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(owner, JSON.stringify({ pid: process.pid, host: os.hostname(), at: new Date().toISOString() }));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let stale = false;
    let holder = '';
    try {
      const o = JSON.parse(fs.readFileSync(owner, 'utf8')) as { pid: number; host: string };
      holder = `pid ${o.pid} on ${o.host}`;
      stale = o.host === os.hostname() && !pidAlive(o.pid);
    } catch {
      try {
        stale = Date.now() - fs.statSync(lock).mtimeMs > 30_000;
      } catch {
        continue; // released meanwhile
      }
    }
    if (stale) {
      // Move aside first, so two waiters cannot both delete a lock that a third just took.
      const aside = `${lock}.stale-${process.pid}-${randomBytes(3).toString('hex')}`;
      try {
        fs.renameSync(lock, aside);
        fs.rmSync(aside, { recursive: true, force: true });
      } catch {
        /* someone else took it over */
      }
      continue;
    }
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${lock} (held by ${holder || 'unknown'})`);
    if (!told) {
      log(`waiting for another install of ${name} to finish (${holder || lock}) …`);
      told = true;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
