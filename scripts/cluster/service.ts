/**
 * One Temporal service (frontend, history, matching or worker) as its own OS process:
 * `temporal-server --config-file <its yaml> start --service <name>`, output in its log file, ready
 * when its gRPC port accepts connections. Stop is SIGTERM (graceful: history hands its shards over),
 * then SIGKILL after a grace period; restart is stop + start on the same ports and config. A service
 * that exits without being asked to is started again (as a process manager would) and counted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { waitForPort } from '../../platform/ports.js';
import type { ServiceName, ServicePorts } from './temporal-config.js';

export class TemporalService {
  proc: ChildProcess | null = null;
  restarts = 0;
  unexpectedExits = 0;
  private stopping = false;

  /**
   * From now on an exit is expected (no automatic restart). Called synchronously when the whole
   * cluster stops: a Ctrl-C in a terminal reaches every process of the group at once, and a service
   * that exits on it must not be started again behind our back.
   */
  markStopping(): void {
    this.stopping = true;
  }

  constructor(
    readonly name: ServiceName,
    readonly bin: string,
    readonly configFile: string,
    readonly ports: ServicePorts,
    readonly logFile: string,
  ) {}

  get pid(): number | undefined {
    return this.proc?.pid ?? undefined;
  }

  async start(timeoutMs = 180_000): Promise<void> {
    this.stopping = false;
    const out = fs.openSync(this.logFile, 'a');
    fs.writeSync(out, `\n--- ${new Date().toISOString()} start ${this.name}\n`);
    const child = spawn(this.bin, ['--config-file', this.configFile, 'start', '--service', this.name], { stdio: ['ignore', out, out] });
    fs.closeSync(out);
    this.proc = child;
    let exited: string | null = null;
    let ready = false;
    child.once('exit', (code, signal) => {
      exited = `${code ?? signal}`;
      if (this.stopping || this.proc !== child || !ready) return;
      this.unexpectedExits++;
      fs.appendFileSync(this.logFile, `--- ${new Date().toISOString()} ${this.name} exited by itself (${exited}); starting it again\n`);
      const again = (delay: number) =>
        setTimeout(() => {
          const p = this.proc;
          const dead = !p || p.exitCode !== null || p.signalCode !== null;
          if (!this.stopping && dead) this.start().catch(() => again(Math.min(delay * 2, 10_000)));
        }, delay);
      again(1_000);
    });
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (exited !== null) throw new Error(`Temporal ${this.name} exited while starting (${exited}); log ${this.logFile}`);
      try {
        await waitForPort(this.ports.grpc, '127.0.0.1', 1_000);
        ready = true;
        return;
      } catch {
        if (Date.now() > deadline) throw new Error(`Temporal ${this.name} did not listen on ${this.ports.grpc} within ${timeoutMs / 1000} s; log ${this.logFile}`);
      }
    }
  }

  async stop(graceMs = 20_000): Promise<void> {
    this.stopping = true;
    const p = this.proc;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    const gone = new Promise<void>((r) => p.once('exit', () => r()));
    p.kill('SIGTERM');
    const t = setTimeout(() => p.kill('SIGKILL'), graceMs);
    await gone;
    clearTimeout(t);
  }

  /** Stops (SIGTERM) and starts the service again; returns the ms it was away. */
  async restart(): Promise<number> {
    const t0 = Date.now();
    await this.stop();
    await this.start();
    this.restarts++;
    return Date.now() - t0;
  }
}
