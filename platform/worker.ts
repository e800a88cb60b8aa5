/**
 * The Bangfu worker: runs the case workflows and their activities on one task queue.
 * Stateless: run as many replicas as load needs (README "Scale-out").
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NativeConnection, Worker, bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { DataConverter } from '@temporalio/common';
import { createDutyActivities } from '../activities/duties/index.js';
import { createActivities, type ActivityDeps } from '../activities/index.js';
import { createRetireeActivities } from '../activities/retirees/index.js';
import type { TemporalTls } from './temporal.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The workflow sources: TypeScript through tsx, the compiled JavaScript under dist/ (`npm run build`). */
const SOURCE_EXT = fs.existsSync(path.resolve(here, '../workflows/index.ts')) ? '.ts' : '.js';
export const WORKFLOWS_PATH = path.resolve(here, `../workflows/index${SOURCE_EXT}`);

/** The installed @temporalio/workflow's package.json: the nearest node_modules above this file. */
function workflowSdkManifest(): string {
  for (let d = here; ; d = path.dirname(d)) {
    const f = path.join(d, 'node_modules/@temporalio/workflow/package.json');
    if (fs.existsSync(f)) return f;
    if (path.dirname(d) === d) throw new Error('@temporalio/workflow is not installed');
  }
}

let bundlePromise: Promise<WorkflowBundleWithSourceMap> | null = null;

/** Hash of everything that goes into the bundle: the workflow sources and the SDK version. */
function sourceHash(): string {
  const h = createHash('sha256');
  // The workflow sources and the pure rules they import.
  for (const dir of [path.dirname(WORKFLOWS_PATH), path.resolve(here, '../rules')]) {
    const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((x) => x.endsWith(SOURCE_EXT)).sort();
    for (const f of files) h.update(f).update(fs.readFileSync(path.join(dir, f)));
  }
  h.update(fs.readFileSync(workflowSdkManifest()));
  return h.digest('hex').slice(0, 16);
}

/**
 * Bundles the workflow code once per process (webpack: a few seconds). With a cache directory the
 * bundle is kept on disk, keyed by the hash of its sources, so a warm start skips webpack.
 */
export function workflowBundle(cacheDir?: string): Promise<WorkflowBundleWithSourceMap> {
  bundlePromise ??= (async () => {
    const file = cacheDir ? path.join(cacheDir, `workflow-bundle-${sourceHash()}.json`) : null;
    if (file && fs.existsSync(file)) {
      try {
        return JSON.parse(fs.readFileSync(file, 'utf8')) as WorkflowBundleWithSourceMap;
      } catch {
        /* rebuild below */
      }
    }
    const bundle = await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: quietLogger });
    if (file) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(bundle));
      fs.renameSync(tmp, file);
    }
    return bundle;
  })();
  return bundlePromise;
}

const quietLogger = {
  log() {},
  trace() {},
  debug() {},
  info() {},
  warn() {},
  error() {},
};

export interface WorkerOptions {
  address: string;
  namespace: string;
  taskQueue: string;
  deps: ActivityDeps;
  /** Overrides for tests (e.g. a time-skipping environment's connection). */
  connection?: NativeConnection;
  /** mTLS to Temporal (platform/temporal.ts temporalTls). */
  tls?: TemporalTls;
  maxConcurrentActivityTaskExecutions?: number;
  /** Where to keep the bundled workflow code between starts. */
  bundleCacheDir?: string;
  /** The payload codec (platform/codec.ts): personal data never reaches Temporal in clear. */
  dataConverter?: DataConverter;
}

export async function createWorker(opts: WorkerOptions): Promise<{ worker: Worker; connection: NativeConnection; owned: boolean }> {
  const owned = !opts.connection;
  const connection = opts.connection ?? (await NativeConnection.connect({ address: opts.address, ...(opts.tls ? { tls: opts.tls } : {}) }));
  const worker = await Worker.create({
    connection,
    namespace: opts.namespace,
    taskQueue: opts.taskQueue,
    workflowBundle: await workflowBundle(opts.bundleCacheDir),
    activities: { ...createActivities(opts.deps), ...createRetireeActivities(opts.deps), ...createDutyActivities(opts.deps) },
    dataConverter: opts.dataConverter,
    maxConcurrentActivityTaskExecutions: opts.maxConcurrentActivityTaskExecutions ?? 50,
  });
  return { worker, connection, owned };
}
