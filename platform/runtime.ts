/**
 * Starting and stopping Bangfu's parts in one process, in order, with one clear message when a part
 * cannot start (which variable, which port) and a clean stop of every child on Ctrl-C / SIGTERM.
 */
import { migrationsApplied } from '../store/cases.js';
import fs from 'node:fs';
import path from 'node:path';
import type { Worker } from '@temporalio/worker';
import { ConfigError, loadEnv, type Env } from '../config/env.js';
import { ensurePrismaClient, grantAppRole, migrateDeploy, startEmbeddedPostgres, type EmbeddedDatabase } from './database.js';
import { freePort, portInUse } from './ports.js';
import type { DbHandle } from '../store/db.js';
import { startDevServer, type DevServer } from './embedded-temporal.js';
import { dataConverter } from './codec.js';
import { removeRuntimeInfo, writeRuntimeInfo } from './locate.js';
import { checkpointConfig, ensureCheckpointWorkflow } from './checkpoints.js';
import { ensureSchedules } from './schedules.js';
import { installWorkerMetrics } from './metrics.js';
import { ensurePrivateDir, loadSecrets } from './secrets.js';
import { connectTemporal, ensureNamespace, temporalClient, temporalTls } from './temporal.js';
import { ensureRetireeSchedules } from './schedules-retirees.js';
import { createWorker, workflowBundle } from './worker.js';

export interface RunOptions {
  /** Start embedded PostgreSQL/Temporal when their addresses are not given (npm start only). */
  embedded: boolean;
  worker: boolean;
  api: boolean;
}

const log = (msg: string) => process.stderr.write(`[bangfu] ${msg}\n`);

export async function runBangfu(opts: RunOptions): Promise<void> {
  const started = Date.now();
  let env: Env & { dataDir: string };
  try {
    env = loadEnv();
  } catch (e) {
    if (e instanceof ConfigError) {
      log(e.message);
      process.exit(2);
    }
    throw e;
  }
  const stops: (() => Promise<void>)[] = [];
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    for (const stop of stops.reverse()) {
      try {
        await stop();
      } catch (e) {
        log(`while stopping: ${(e as Error).message}`);
      }
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  watchLaunchers(() => void stopAll(0));

  try {
    ensurePrivateDir(env.dataDir);
    if (opts.api && (await portInUse(env.PORT, env.HOST === '0.0.0.0' ? '127.0.0.1' : env.HOST))) {
      throw new Error(`PORT: port ${env.PORT} is already in use on ${env.HOST}; set PORT to a free port`);
    }
    await ensurePrismaClient(log);

    // Slow parts start together: the workflow bundle (webpack, cached on disk), the API module,
    // PostgreSQL (+ migrations) and Temporal (+ namespace registration).
    const bundleCacheDir = path.join(env.dataDir, 'cache');
    const secrets = loadSecrets(env.dataDir, env);
    if (opts.worker) void workflowBundle({ cacheDir: bundleCacheDir, actorKey: secrets.actorKey }).catch(() => {});
    const apiModule = opts.api ? import('../api/app.js') : null;
    apiModule?.catch(() => {});

    const databasePart = (async () => {
      let appUrl = env.DATABASE_URL;
      let ownerUrl = env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
      let where: string;
      if (!appUrl) {
        if (!opts.embedded) throw new Error('DATABASE_URL: not set (npm run worker / npm run api never start an embedded database)');
        const embedded: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir: env.dataDir, port: env.BANGFU_PG_PORT, log: () => {} });
        stops.push(() => embedded.stop());
        appUrl = embedded.appUrl();
        ownerUrl = embedded.ownerUrl();
        where = `embedded PostgreSQL on 127.0.0.1:${embedded.port}, data in ${path.join(env.dataDir, 'pg')}`;
      } else {
        where = appUrl.replace(/\/\/[^@]*@/, '//***@');
      }
      if (opts.embedded || env.MIGRATION_DATABASE_URL) {
        await migrateDeploy(ownerUrl!, () => {});
        // The application role may read and append the audit log, never rewrite it.
        const appUser = decodeURIComponent(new URL(appUrl).username);
        const ownerUser = decodeURIComponent(new URL(ownerUrl!).username);
        if (appUser && appUser !== ownerUser) await grantAppRole(ownerUrl!, appUser);
      }
      // Imported after ensurePrismaClient: the generated client may not exist before it runs.
      const { openDb } = await import('../store/db.js');
      const db: DbHandle = openDb(appUrl);
      stops.push(() => db.close());
      return { db, appUrl, ownerUrl: ownerUrl ?? appUrl, where };
    })();

    const tls = temporalTls(env);
    const temporalPart = (async () => {
      let address = env.TEMPORAL_ADDRESS;
      let dev: DevServer | null = null;
      if (!address) {
        if (!opts.embedded) throw new Error('TEMPORAL_ADDRESS: not set (npm run worker / npm run api never start an embedded Temporal)');
        const { ensureTemporalCli } = await import('./tools/temporal-cli.js');
        const bin = await ensureTemporalCli({ log });
        const port = await freePort();
        const uiPort = env.TEMPORAL_UI_PORT ?? (await freePort());
        dev = await startDevServer({
          bin,
          port,
          uiPort,
          dbFile: path.join(env.dataDir, 'temporal.sqlite'),
          namespaces: [env.TEMPORAL_NAMESPACE],
          logFile: path.join(env.dataDir, 'temporal.log'),
        });
        const server = dev;
        stops.push(() => server.stop());
        address = dev.address;
      }
      const connection = await connectTemporal(address, { tls });
      stops.push(() => connection.close());
      await ensureNamespace(connection, env.TEMPORAL_NAMESPACE);
      return { address, dev, connection };
    })();

    const [dbResult, temporalResult] = await Promise.allSettled([databasePart, temporalPart]);
    if (dbResult.status === 'rejected') throw dbResult.reason;
    if (temporalResult.status === 'rejected') throw temporalResult.reason;
    const { db, appUrl, ownerUrl, where: dbWhere } = dbResult.value;
    const { address, dev, connection } = temporalResult.value;
    const converter = dataConverter(secrets.payloadKey, secrets.oldPayloadKeys);
    const client = temporalClient(connection, env.TEMPORAL_NAMESPACE, converter, secrets.actorKey);

    // Worker (its SDK metrics on a loopback port, appended to the API's GET /metrics)
    let worker: Worker | null = null;
    let workerMetricsUrl: string | undefined;
    if (opts.worker) {
      const installed = await installWorkerMetrics(await freePort());
      if ('reason' in installed) log(`worker SDK metrics not exported: ${installed.reason}`);
      else workerMetricsUrl = installed.url;
      const w = await createWorker({ address, namespace: env.TEMPORAL_NAMESPACE, taskQueue: env.TEMPORAL_TASK_QUEUE, deps: { db: db.prisma, payloadKey: secrets.payloadKey, checkpoints: checkpointConfig(env, { create: true }) }, dataConverter: converter, bundleCacheDir, tls, actorKey: secrets.actorKey, workflowStackTraces: env.BANGFU_WORKFLOW_STACK_TRACES === '1' });
      worker = w.worker;
      const running = w.worker.run();
      running.catch((e) => {
        log(`worker stopped: ${(e as Error).message}`);
        void stopAll(1);
      });
      // The standing duties' Temporal Schedules (issue 13), created if missing: npm start and npm run worker.
      const schedules = await ensureSchedules(client, env.TEMPORAL_TASK_QUEUE);
      if (schedules.created.length > 0) log(`created schedules ${schedules.created.join(', ')}`);
      stops.push(async () => {
        if (w.worker.getState() === 'RUNNING') w.worker.shutdown();
        await running.catch(() => {});
        await w.connection.close();
      });
      // Retired-cadre schedules (004 §15, §19, §24), created once, idempotently, where the worker runs.
      await ensureRetireeSchedules(client, env.TEMPORAL_TASK_QUEUE).catch((e) => log(`retiree schedules not created: ${(e as Error).message}`));
      // The audit log's signed checkpoints every minute (issue 16 item 8b; platform/checkpoints.ts).
      await ensureCheckpointWorkflow(client, env.TEMPORAL_TASK_QUEUE).catch((e) => log(`audit checkpoint workflow not started: ${(e as Error).message}`));
    }

    // API
    let apiUrl: string | null = null;
    let metricsUrl: string | null = null;
    if (opts.api) {
      const { buildApp } = await apiModule!;
      const app = await buildApp({
        db: db.prisma,
        temporal: client,
        taskQueue: env.TEMPORAL_TASK_QUEUE,
        secrets,
        auth: { issuer: env.BANGFU_JWT_ISSUER, audience: env.BANGFU_JWT_AUDIENCE, publicKeyPem: env.BANGFU_JWT_PUBLIC_KEY, maxAgeSeconds: env.BANGFU_JWT_MAX_AGE },
        logger: env.LOG_LEVEL === 'silent' ? false : { level: env.LOG_LEVEL },
        workerMetricsUrl,
        rateLimit: { max: env.BANGFU_RATE_LIMIT },
        ...(env.BANGFU_METRICS_PORT ? { metricsPort: env.BANGFU_METRICS_PORT } : {}),
        readiness: async () => {
          const parts: Record<string, string> = {};
          try {
            parts.database = (await migrationsApplied(db.prisma)) > 0 ? 'ok' : 'not migrated';
          } catch (e) {
            parts.database = `unreachable: ${(e as Error).message}`;
          }
          try {
            await connection.healthService.check({});
            parts.temporal = 'ok';
          } catch (e) {
            parts.temporal = `unreachable: ${(e as Error).message}`;
          }
          if (opts.worker) parts.worker = worker?.getState() === 'RUNNING' ? 'ok' : `not polling (${worker?.getState() ?? 'absent'})`;
          return { ready: Object.values(parts).every((v) => v === 'ok'), parts };
        },
      });
      stops.push(() => app.close());
      try {
        await app.listen({ port: env.PORT, host: env.HOST });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new Error(`PORT: port ${env.PORT} is already in use on ${env.HOST}; set PORT to a free port`);
        throw e;
      }
      apiUrl = `http://${env.HOST}:${env.PORT}`;
      if (env.BANGFU_METRICS_PORT) {
        const { serveMetricsSeparately } = await import('../api/routes/metrics.js');
        const m = await serveMetricsSeparately(app, env.BANGFU_METRICS_PORT, env.HOST);
        stops.push(() => m.close());
        metricsUrl = m.url;
      }
    }

    writeRuntimeInfo(env.dataDir, {
      pid: process.pid,
      apiUrl,
      temporalAddress: address,
      namespace: env.TEMPORAL_NAMESPACE,
      databaseUrl: appUrl,
      ownerDatabaseUrl: ownerUrl ?? appUrl,
      startedAt: new Date().toISOString(),
    });
    stops.push(async () => removeRuntimeInfo(env.dataDir));
    const lines = [
      `Bangfu is running (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      apiUrl ? `  API            ${apiUrl}/v1   (health ${apiUrl}/healthz, ready ${apiUrl}/readyz)` : null,
      apiUrl ? `  Web app        ${apiUrl}/   (officials' inbox; 本地登录 on this machine)` : null,
      apiUrl ? `  OpenAPI docs   ${apiUrl}/docs` : null,
      apiUrl ? `  Metrics        ${metricsUrl ?? `${apiUrl}/metrics (ops token)`}` : null,
      dev?.uiUrl ? `  Temporal UI    ${dev.uiUrl}/namespaces/${env.TEMPORAL_NAMESPACE}/workflows` : `  Temporal       ${address} (namespace ${env.TEMPORAL_NAMESPACE})`,
      `  Temporal       ${address}, task queue ${env.TEMPORAL_TASK_QUEUE}${opts.worker ? ', worker polling' : ''}`,
      `  Database       ${dbWhere}`,
      workerMetricsUrl ? `  Worker metrics ${workerMetricsUrl} (appended to ${apiUrl ? `${apiUrl}/metrics` : 'the API\'s /metrics when it runs here'})` : null,
      `  Data dir       ${env.dataDir}`,
      apiUrl ? `  Get a token    npm run --silent bangfu -- token --sub clerk1 --role station_clerk --county 330302 --township 330302001` : null,
      '  Stop           Ctrl-C',
    ].filter(Boolean);
    process.stdout.write(lines.join('\n') + '\n');
  } catch (e) {
    log(`could not start: ${(e as Error).message}`);
    await stopAll(1);
  }
}

/**
 * `npm start` runs us under npm → sh → tsx. A SIGTERM sent to npm alone (a process manager, a CI
 * timeout) ends npm without reaching us, which would leave PostgreSQL and Temporal running. So we
 * watch the launchers (up to three ancestors, Linux /proc) and stop cleanly when one of them is gone.
 */
function watchLaunchers(onGone: () => void): void {
  const parentOf = (pid: number): number | null => {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      return null;
    }
  };
  const ancestors: number[] = [];
  let pid = process.ppid;
  while (pid > 1 && ancestors.length < 3) {
    ancestors.push(pid);
    const up = parentOf(pid);
    if (up === null) break;
    pid = up;
  }
  if (ancestors.length === 0) return;
  const timer = setInterval(() => {
    for (const a of ancestors) {
      try {
        process.kill(a, 0);
      } catch {
        clearInterval(timer);
        onGone();
        return;
      }
    }
  }, 1000);
  timer.unref();
}

