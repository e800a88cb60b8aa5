/**
 * Start-up refuses clearly: a bad variable is named with what was expected, a port in use is named,
 * and `npm run worker` / `npm run api` never start embedded services (they need their addresses).
 * (A full `npm start` is exercised by the benchmark's startup measurement and the README commands.)
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function run(script: string, env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, DATABASE_URL: '', TEMPORAL_ADDRESS: '', BANGFU_DATA_DIR: path.join(os.tmpdir(), `bangfu-startup-${process.pid}`), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(kill);
      resolve({ code, out });
    });
  });
}

describe('start-up errors name what is wrong', () => {
  it('a bad PORT stops start-up with the variable and what was expected', async () => {
    const r = await run('scripts/start.ts', { PORT: 'http' });
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/PORT: expected a port number/);
  });

  it('a port already in use is named', async () => {
    const srv = net.createServer();
    await new Promise<void>((res) => srv.listen(0, '127.0.0.1', () => res()));
    const port = (srv.address() as net.AddressInfo).port;
    try {
      const r = await run('scripts/start.ts', { PORT: String(port) });
      expect(r.code).toBe(1);
      expect(r.out).toContain(`PORT: port ${port} is already in use`);
    } finally {
      srv.close();
    }
  });

  it('npm run worker needs DATABASE_URL and never starts an embedded database', async () => {
    const r = await run('scripts/worker.ts', {});
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/DATABASE_URL: not set/);
  });

  it('npm run api needs TEMPORAL_ADDRESS and never starts an embedded Temporal', async () => {
    const r = await run('scripts/api.ts', { DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/TEMPORAL_ADDRESS: not set/);
  });
});
