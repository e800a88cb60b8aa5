/**
 * Child processes for the bench and the fault suite: the real entry points (`scripts/worker.ts`,
 * `scripts/api.ts`, or a bench worker) started with `node --import tsx`, their output in a log file,
 * ready when a line matches. A child that dies without being asked to (e.g. a worker whose server went
 * away) is restarted, as a process manager would, and counted: the report says how often it happened.
 * Also CPU accounting per process from /proc (Linux), to say where a run spent its time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { REPO_ROOT } from '../../platform/database.js';

export interface ChildSpec {
  name: string;
  /** Script path relative to the repository, run as `node --import tsx <script>`. */
  script: string;
  env: Record<string, string>;
  /** A stdout line that says the child is ready. */
  ready: RegExp;
  logFile: string;
  /** Extra node flags (e.g. --cpu-prof). */
  nodeFlags?: string[];
  startTimeoutMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class Child {
  proc: ChildProcess | null = null;
  /** Deliberate kills (SIGKILL by the fault suite). */
  kills = 0;
  /** Exits nobody asked for, each followed by an automatic restart. */
  unexpectedExits = 0;
  starts = 0;
  private expectingExit = false;
  private stopped = false;
  private restarting: Promise<void> | null = null;

  constructor(readonly spec: ChildSpec) {}

  get pid(): number | undefined {
    return this.proc?.pid;
  }

  async start(): Promise<void> {
    this.stopped = false;
    this.expectingExit = false;
    const log = fs.openSync(this.spec.logFile, 'a');
    fs.writeSync(log, `\n--- ${new Date().toISOString()} start ${this.spec.name}\n`);
    const child = spawn(process.execPath, [...(this.spec.nodeFlags ?? []), '--import', 'tsx', this.spec.script], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...this.spec.env },
      stdio: ['ignore', 'pipe', log],
    });
    fs.closeSync(log);
    this.proc = child;
    this.starts++;
    await new Promise<void>((resolve, reject) => {
      let out = '';
      let done = false;
      const timer = setTimeout(() => {
        if (done) return;
        done = true;
        child.kill('SIGKILL');
        reject(new Error(`${this.spec.name} did not become ready within ${this.spec.startTimeoutMs ?? 120_000} ms (log: ${this.spec.logFile})`));
      }, this.spec.startTimeoutMs ?? 120_000);
      child.stdout!.on('data', (d: Buffer) => {
        fs.appendFileSync(this.spec.logFile, d);
        if (done) return;
        out += d.toString();
        if (this.spec.ready.test(out)) {
          done = true;
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code, signal) => {
        if (!done) {
          done = true;
          clearTimeout(timer);
          reject(new Error(`${this.spec.name} exited before it was ready (${code ?? signal}); log: ${this.spec.logFile}`));
          return;
        }
        if (this.proc !== child || this.expectingExit || this.stopped) return;
        // Nobody asked it to stop: note it and start another, like a process manager.
        this.unexpectedExits++;
        fs.appendFileSync(this.spec.logFile, `--- ${new Date().toISOString()} ${this.spec.name} exited unexpectedly (${code ?? signal}); restarting\n`);
        this.restarting = (async () => {
          for (let i = 0; !this.stopped; i++) {
            await sleep(Math.min(500 * 2 ** i, 5_000));
            try {
              await this.start();
              return;
            } catch {
              /* try again */
            }
          }
        })().finally(() => (this.restarting = null));
      });
    });
  }

  /** Sends the signal and waits for the process to be gone. */
  async kill(signal: NodeJS.Signals, timeoutMs = 20_000): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    this.expectingExit = true;
    const gone = new Promise<void>((r) => p.once('exit', () => r()));
    p.kill(signal);
    const t = setTimeout(() => p.kill('SIGKILL'), timeoutMs);
    await gone;
    clearTimeout(t);
    if (signal === 'SIGKILL') this.kills++;
  }

  /** Waits for an automatic restart in progress, if any. */
  async settled(): Promise<void> {
    await this.restarting;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.restarting?.catch(() => {});
    await this.kill('SIGTERM');
  }
}

export interface CpuSample {
  at: number;
  /** Busy CPU seconds of the whole machine (all processes, everyone's). */
  machineS: number;
  procs: Map<number, { comm: string; ppid: number; cpuS: number }>;
}

/** CPU seconds (user + system) of every process, with its parent, and of the whole machine. Linux only. */
export function cpuSnapshot(): CpuSample {
  const tick = 100; // USER_HZ on Linux
  const procs = new Map<number, { comm: string; ppid: number; cpuS: number }>();
  let machineS = 0;
  try {
    const cpu = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal: busy = all but idle and iowait
    machineS = (cpu[0]! + cpu[1]! + cpu[2]! + cpu[5]! + cpu[6]! + (cpu[7] ?? 0)) / tick;
    for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // utime + stime, and cutime + cstime: children that exited meanwhile (a PostgreSQL backend
        // whose pooled connection closed) are counted in their parent, else their CPU would be lost.
        procs.set(Number(pid), { comm, ppid: Number(f[1]), cpuS: (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / tick });
      } catch {
        /* gone */
      }
    }
  } catch {
    /* not Linux */
  }
  return { at: performance.now(), machineS, procs };
}

/**
 * CPU seconds spent between two samples by our own processes, grouped by the nearest named ancestor
 * (bench, worker, api, temporal, postgres: a PostgreSQL backend counts under its postmaster), and by
 * everything else on the machine (`others`: other people's test runs share these cores).
 */
export function cpuBetween(before: CpuSample, after: CpuSample, named: Record<string, number | undefined>): Record<string, number> {
  const roots = new Map<number, string>();
  for (const [name, pid] of Object.entries(named)) if (pid) roots.set(pid, name);
  const groupOf = (pid: number): string | null => {
    for (let p = pid, depth = 0; p > 1 && depth < 20; depth++) {
      const r = roots.get(p);
      if (r) return r;
      p = after.procs.get(p)?.ppid ?? before.procs.get(p)?.ppid ?? 0;
    }
    return null;
  };
  const out: Record<string, number> = {};
  let mine = 0;
  for (const [pid, a] of after.procs) {
    const b = before.procs.get(pid);
    const spent = a.cpuS - (b && b.comm === a.comm ? b.cpuS : 0);
    if (spent <= 0) continue;
    const group = groupOf(pid);
    if (!group) continue;
    mine += spent;
    out[group] = (out[group] ?? 0) + spent;
  }
  const wall = (after.at - before.at) / 1000;
  out.others = Math.max(0, after.machineS - before.machineS - mine);
  for (const k of Object.keys(out)) out[k] = Math.round(out[k]! * 100) / 100;
  out.wallS = Math.round(wall * 100) / 100;
  return out;
}

/** The postmaster's pid of an embedded PostgreSQL data dir (first line of postmaster.pid). */
export function postmasterPid(pgDir: string): number | undefined {
  try {
    return Number(fs.readFileSync(`${pgDir}/postmaster.pid`, 'utf8').split('\n')[0]) || undefined;
  } catch {
    return undefined;
  }
}

export function machineFacts() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}
