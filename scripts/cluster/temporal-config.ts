/**
 * The Temporal server's static configuration for the four services of `npm run cluster`, as YAML
 * files (one per service: they differ only in their own metrics and pprof ports), and the schema set-up
 * with temporal-sql-tool (its schemas are embedded in the binary: no checkout needed).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { REPO_ROOT } from '../../platform/database.js';
import { portInUse } from '../../platform/ports.js';

export const SERVICES = ['frontend', 'history', 'matching', 'worker'] as const;
export type ServiceName = (typeof SERVICES)[number];

export interface ServicePorts {
  grpc: number;
  membership: number;
  metrics: number;
  pprof: number;
  /** frontend only: the HTTP API */
  http?: number;
}

export interface TemporalDb {
  host: string;
  port: number;
  user: string;
  password: string;
}

export const DYNAMIC_CONFIG = path.join(REPO_ROOT, 'deploy/temporal/dynamicconfig.yaml');

/** History shards: fixed when the cluster is created (README, "Scale-out on a Temporal cluster"). */
export function historyShards(): number {
  const n = Number(process.env.BANGFU_CLUSTER_SHARDS ?? 4);
  if (!Number.isInteger(n) || n < 1) throw new Error(`BANGFU_CLUSTER_SHARDS: expected a whole number ≥ 1 (got ${process.env.BANGFU_CLUSTER_SHARDS})`);
  return n;
}

/**
 * Temporal records each host's membership (ringpop) port in `cluster_membership.rpc_port`, a SMALLINT:
 * a kernel-chosen ephemeral port (32768+) makes the service die at start ("out of range for type
 * smallint"). So membership ports come from 20000–32767, checked free.
 */
const taken = new Set<number>();
export async function membershipPort(): Promise<number> {
  for (let p = 20_000 + Math.floor(Math.random() * 10_000); p < 32_768; p++) {
    if (taken.has(p)) continue;
    taken.add(p); // before the await: concurrent callers must not pick the same port
    if (await portInUse(p)) continue;
    return p;
  }
  throw new Error('no free port below 32768 for Temporal membership');
}

export function serverConfig(o: { db: TemporalDb; ports: Record<ServiceName, ServicePorts>; service: ServiceName; shards: number; logLevel?: string }): string {
  const store = (databaseName: string, maxConns: number) => ({
    sql: {
      pluginName: 'postgres12',
      databaseName,
      connectAddr: `${o.db.host}:${o.db.port}`,
      connectProtocol: 'tcp',
      user: o.db.user,
      password: o.db.password,
      maxConns,
      maxIdleConns: maxConns,
      maxConnLifetime: '1h',
    },
  });
  const rpc = (s: ServiceName) => ({
    rpc: {
      grpcPort: o.ports[s].grpc,
      membershipPort: o.ports[s].membership,
      bindOnIP: '127.0.0.1',
      ...(o.ports[s].http ? { httpPort: o.ports[s].http } : {}),
    },
  });
  const frontend = `127.0.0.1:${o.ports.frontend.grpc}`;
  const own = o.ports[o.service];
  const config = {
    log: { stdout: true, level: o.logLevel ?? 'warn' },
    persistence: {
      numHistoryShards: o.shards,
      defaultStore: 'default',
      visibilityStore: 'visibility',
      // Per process: history does most of the writes; 4 processes × (16 + 4) stay well under
      // PostgreSQL's max_connections next to Bangfu's pools.
      datastores: { default: store('temporal', 16), visibility: store('temporal_visibility', 4) },
    },
    global: {
      membership: { maxJoinDuration: '30s', broadcastAddress: '127.0.0.1' },
      pprof: { port: own.pprof },
      metrics: { prometheus: { framework: 'tally', timerType: 'histogram', listenAddress: `127.0.0.1:${own.metrics}` } },
    },
    services: Object.fromEntries(SERVICES.map((s) => [s, rpc(s)])),
    clusterMetadata: {
      enableGlobalNamespace: false,
      failoverVersionIncrement: 10,
      masterClusterName: 'active',
      currentClusterName: 'active',
      clusterInformation: { active: { enabled: true, initialFailoverVersion: 1, rpcName: 'frontend', rpcAddress: frontend } },
    },
    dcRedirectionPolicy: { policy: 'noop' },
    publicClient: { hostPort: frontend },
    dynamicConfigClient: { filepath: DYNAMIC_CONFIG, pollInterval: '10s' },
  };
  return `# Written by scripts/cluster/temporal-config.ts for the ${o.service} service.\n` + stringify(config);
}

function run(bin: string, args: string[], password: string, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, 'a');
    fs.writeSync(out, `\n$ temporal-sql-tool ${args.join(' ')}\n`);
    // The password goes by environment (SQL_PASSWORD), not on the command line other users can read.
    const child = spawn(bin, args, { stdio: ['ignore', out, out], env: { ...process.env, SQL_PASSWORD: password } });
    fs.closeSync(out);
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) return resolve();
      const tail = fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-10).join('\n');
      reject(new Error(`temporal-sql-tool ${args.find((a) => /schema|database/.test(a)) ?? ''} failed (exit ${code}):\n${tail}`));
    });
  });
}

/**
 * Creates the `temporal` and `temporal_visibility` databases and brings their schemas to the
 * binary's embedded latest version (setup-schema -v 0.0, then update-schema). Idempotent: on an
 * existing database update-schema has nothing to do.
 */
export async function setupSchemas(sqlTool: string, db: TemporalDb, logFile: string): Promise<void> {
  const base = ['--plugin', 'postgres12', '--ep', db.host, '-p', String(db.port), '-u', db.user];
  for (const [name, schema] of [
    ['temporal', 'postgresql/v12/temporal'],
    ['temporal_visibility', 'postgresql/v12/visibility'],
  ] as const) {
    const on = [...base, '--db', name];
    await run(sqlTool, [...on, 'create-database'], db.password, logFile).catch((e: Error) => {
      if (!/already exists/.test(e.message)) throw e;
    });
    await run(sqlTool, [...on, 'setup-schema', '-v', '0.0'], db.password, logFile);
    await run(sqlTool, [...on, 'update-schema', '--schema-name', schema], db.password, logFile);
  }
}
