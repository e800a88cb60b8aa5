/**
 * The embedded Temporal for `npm start` and tests: the official Temporal CLI dev server
 * (`temporal server start-dev`), SQLite file under the data directory so cases survive a restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SEARCH_ATTRIBUTES } from '../workflows/definitions.js';
import { waitForPort } from './ports.js';

export interface DevServer {
  address: string;
  port: number;
  uiUrl: string | null;
  process: ChildProcess;
  stop(): Promise<void>;
}

const SA_TYPE: Record<string, string> = { KEYWORD: 'Keyword', BOOL: 'Bool', DATETIME: 'Datetime', TEXT: 'Text', INT: 'Int', DOUBLE: 'Double' };

export async function startDevServer(opts: {
  bin: string;
  port: number;
  uiPort?: number;
  /** SQLite file; omitted = in memory (tests). */
  dbFile?: string;
  namespaces: string[];
  logFile?: string;
}): Promise<DevServer> {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(opts.port), '--log-level', 'warn', '--log-format', 'json'];
  if (opts.uiPort) args.push('--ui-port', String(opts.uiPort), '--ui-ip', '127.0.0.1');
  else args.push('--headless');
  if (opts.dbFile) {
    fs.mkdirSync(path.dirname(opts.dbFile), { recursive: true });
    args.push('--db-filename', opts.dbFile);
  }
  for (const ns of opts.namespaces) args.push('--namespace', ns);
  for (const sa of SEARCH_ATTRIBUTES) args.push('--search-attribute', `${sa.name}=${SA_TYPE[sa.type]}`);
  // Many officials may act on one case at once (e.g. 50 parallel completes of one task): let the
  // server hold them so each gets its own answer instead of "resource exhausted".
  args.push('--dynamic-config-value', 'history.maxInFlightUpdates=200');
  args.push('--dynamic-config-value', 'history.maxTotalUpdates=100000');
  const out = opts.logFile ? fs.openSync(opts.logFile, 'a') : 'ignore';
  const child = spawn(opts.bin, args, { stdio: ['ignore', out, out], detached: false });
  let exited: number | null = null;
  child.on('exit', (code) => (exited = code ?? -1));
  try {
    await Promise.race([
      waitForPort(opts.port, '127.0.0.1', 60_000),
      new Promise((_, reject) => {
        const t = setInterval(() => {
          if (exited !== null) {
            clearInterval(t);
            reject(new Error(`temporal server start-dev exited with code ${exited}${opts.logFile ? ` (log: ${opts.logFile})` : ''}`));
          }
        }, 100);
        t.unref();
      }),
    ]);
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }
  return {
    address: `127.0.0.1:${opts.port}`,
    port: opts.port,
    uiUrl: opts.uiPort ? `http://127.0.0.1:${opts.uiPort}` : null,
    process: child,
    async stop() {
      if (exited !== null) return;
      await new Promise<void>((resolve) => {
        const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      });
    },
  };
}
