/**
 * A whole Bangfu for one bench or fault run, started the way `npm start` starts it but in parts that
 * can be measured and broken separately: embedded PostgreSQL (own data dir, migrated, app role
 * granted), the Temporal CLI dev server (SQLite file, so it survives its own restart), and the worker
 * and the API as child processes running the real entry points (`scripts/worker.ts`, `scripts/api.ts`).
 *
 * `startAppProcesses` alone starts the worker and the API against servers that already run (the test
 * suite's global stack uses it).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Client, Connection } from '@temporalio/client';
import { dataConverter } from '../../platform/codec.js';
import { startDevServer, type DevServer } from '../../platform/embedded-temporal.js';
import { connectTemporal, ensureNamespace, temporalClient } from '../../platform/temporal.js';
import { ensurePrismaClient, grantAppRole, migrateDeploy, startEmbeddedPostgres, type EmbeddedDatabase } from '../../platform/database.js';
import { freePort } from '../../platform/ports.js';
import { ensureTemporalCli } from '../../scripts/lib/tools.js';
import type { DbHandle } from '../../store/db.js';
import { Child, postmasterPid } from './proc.js';

export const NAMESPACE = 'bangfu';
export const BENCH_COUNTY = '330302';
export const BENCH_TOWNSHIP = '330302001';

export interface AppSecrets {
  jwtSecret: string;
  payloadKey: string;
  /** One person key for every API process, or each would key people differently (issue 16 item 7). */
  personKey: string;
  actorKey: string;
}

export function newSecrets(): AppSecrets {
  return { jwtSecret: randomBytes(32).toString('base64url'), payloadKey: randomBytes(32).toString('base64'), personKey: randomBytes(32).toString('base64'), actorKey: randomBytes(32).toString('base64') };
}

export interface AppProcesses {
  worker: Child;
  api: Child;
  apiUrl: string;
  stop(): Promise<void>;
}

/** The worker and the API as child processes (the production entry points), ready when each says so. */
export async function startAppProcesses(o: {
  dataDir: string;
  appUrl: string;
  temporalAddress: string;
  taskQueue?: string;
  secrets: AppSecrets;
  /** Node flags for both children, e.g. ['--cpu-prof', '--cpu-prof-dir=…']. */
  nodeFlags?: string[];
}): Promise<AppProcesses> {
  const port = await freePort();
  const common = {
    DATABASE_URL: o.appUrl,
    TEMPORAL_ADDRESS: o.temporalAddress,
    TEMPORAL_NAMESPACE: NAMESPACE,
    TEMPORAL_TASK_QUEUE: o.taskQueue ?? 'bangfu-cases',
    BANGFU_JWT_SECRET: o.secrets.jwtSecret,
    BANGFU_PAYLOAD_KEY: o.secrets.payloadKey,
    BANGFU_PERSON_KEY: o.secrets.personKey,
    BANGFU_ACTOR_KEY: o.secrets.actorKey,
    LOG_LEVEL: 'warn',
    MIGRATION_DATABASE_URL: '',
    // The load generator is one subject per role sending thousands of requests a minute: no per-subject limit.
    BANGFU_RATE_LIMIT: '100000000',
  };
  fs.mkdirSync(o.dataDir, { recursive: true });
  const worker = new Child({
    name: 'worker',
    script: 'scripts/worker.ts',
    // Its own data dir: runtime.json and the workflow bundle cache (warm after the first start).
    env: { ...common, BANGFU_DATA_DIR: path.join(o.dataDir, 'worker') },
    ready: /Bangfu is running/,
    logFile: path.join(o.dataDir, 'worker.log'),
    nodeFlags: o.nodeFlags,
  });
  const api = new Child({
    name: 'api',
    script: 'scripts/api.ts',
    env: { ...common, BANGFU_DATA_DIR: path.join(o.dataDir, 'api'), PORT: String(port), HOST: '127.0.0.1' },
    ready: /Bangfu is running/,
    logFile: path.join(o.dataDir, 'api.log'),
    nodeFlags: o.nodeFlags,
  });
  await Promise.all([worker.start(), api.start()]);
  return {
    worker,
    api,
    apiUrl: `http://127.0.0.1:${port}`,
    async stop() {
      await Promise.all([api.stop(), worker.stop()]);
    },
  };
}

/** What the throughput and latency sections need: the dev-server stack, or the cluster (bench/lib/cluster.ts). */
export type MeasuredStack = Pick<BenchStack, 'apiUrl' | 'secrets' | 'pids' | 'temporalAddress' | 'dataDir' | 'connection' | 'client'> & {
  /** API replicas: clients send each attempt to the next one. */
  apiUrls?: string[];
};

export interface BenchStack extends AppProcesses {
  dataDir: string;
  secrets: AppSecrets;
  temporalAddress: string;
  ownerUrl: string;
  appUrl: string;
  /** Bangfu's Prisma client on the app role, for checks (audit chains, payments). */
  db: DbHandle;
  /** Temporal client with Bangfu's payload codec. */
  client: Client;
  connection: Connection;
  temporalCli: string;
  pgPort: number;
  /** Our processes by name, for CPU accounting (proc.ts cpuBetween). */
  pids(): Record<string, number | undefined>;
  restartTemporal(): Promise<number>;
  restartPostgres(): Promise<number>;
  stop(opts?: { keepData?: boolean }): Promise<void>;
}

export async function startBenchStack(opts: { log?: (s: string) => void; nodeFlags?: string[]; dataDir?: string } = {}): Promise<BenchStack> {
  const log = opts.log ?? (() => {});
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'bangfu-bench-'));
  await ensurePrismaClient();
  const secrets = newSecrets();
  log(`data dir ${dataDir}`);

  const [pgServer, bin] = await Promise.all([startEmbeddedPostgres({ dataDir }), ensureTemporalCli()]);
  let database: EmbeddedDatabase = pgServer;
  const ownerUrl = database.ownerUrl();
  const appUrl = database.appUrl();
  const pgPort = database.port;
  await migrateDeploy(ownerUrl);
  await grantAppRole(ownerUrl);
  log(`PostgreSQL on ${pgPort}, migrated`);

  const temporalPort = await freePort();
  const devOpts = {
    bin,
    port: temporalPort,
    dbFile: path.join(dataDir, 'temporal.sqlite'),
    namespaces: [NAMESPACE],
    logFile: path.join(dataDir, 'temporal.log'),
  };
  let dev: DevServer = await startDevServer(devOpts);
  const connection = await connectTemporal(dev.address);
  await ensureNamespace(connection, NAMESPACE);
  const client = temporalClient(connection, NAMESPACE, dataConverter(secrets.payloadKey), secrets.actorKey);
  log(`Temporal dev server on ${dev.address}`);

  const { openDb } = await import('../../store/db.js');
  const db = openDb(appUrl, { max: 10 });
  const procs = await startAppProcesses({ dataDir, appUrl, temporalAddress: dev.address, secrets, nodeFlags: opts.nodeFlags });
  log(`worker and API running (${procs.apiUrl})`);

  return {
    ...procs,
    dataDir,
    secrets,
    temporalAddress: dev.address,
    ownerUrl,
    appUrl,
    db,
    client,
    connection,
    temporalCli: bin,
    pgPort,
    pids: () => ({ bench: process.pid, worker: procs.worker.pid, api: procs.api.pid, temporal: dev.process.pid, postgres: postmasterPid(path.join(dataDir, 'pg')) }),
    /** Stops the dev server (SIGTERM) and starts it again on the same port and SQLite file; ms down. */
    async restartTemporal() {
      const t0 = Date.now();
      await dev.stop();
      dev = await startDevServer(devOpts);
      return Date.now() - t0;
    },
    /** Stops PostgreSQL and starts it again on the same port and data; ms down. */
    async restartPostgres() {
      const t0 = Date.now();
      await database.stop();
      database = await startEmbeddedPostgres({ dataDir, port: pgPort });
      return Date.now() - t0;
    },
    async stop(o = {}) {
      await procs.stop().catch(() => {});
      await db.close().catch(() => {});
      await connection.close().catch(() => {});
      await dev.stop().catch(() => {});
      await database.stop().catch(() => {});
      if (!o.keepData) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs SQL as the owner (parameters for the bench county, synthetic ops data). */
export async function ownerQuery<T = unknown>(ownerUrl: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    const r = await c.query(sql, params);
    return r.rows as T[];
  } finally {
    await c.end();
  }
}

/** Publication lasts 0 working days in the bench county: an approved case is payable at once. */
export async function setBenchParameters(ownerUrl: string, county = BENCH_COUNTY): Promise<void> {
  await ownerQuery(
    ownerUrl,
    `insert into parameters (region, key, effective_from, value, ref, not_in_seeds, created_by, created_at)
     values ($1, 'publication_working_days', '2000-01-01', '0'::jsonb, 'bench: publication ends at once', true, 'bench', now())
     on conflict do nothing`,
    [county],
  );
}
