/**
 * The Bangfu worker: runs the case workflows and their activities on one task queue.
 * Stateless: run as many replicas as load needs (README "Scale-out").
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NativeConnection, Worker, bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { DataConverter } from '@temporalio/common';
import { createDutyActivities } from '../activities/duties/index.js';
import { createActivities, type ActivityDeps } from '../activities/index.js';
import { createRetireeActivities } from '../activities/retirees/index.js';
import { actorKeyHex, signingInterceptors } from './actor-signing.js';
import { workerDataConverter } from './codec.js';
import { ensurePrivateDir, writeFileAtomic } from './secrets.js';
import type { TemporalTls } from './temporal.js';
import { LeanWorker } from './workflow-threads.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The workflow sources: TypeScript through tsx, the compiled JavaScript under dist/ (`npm run build`). */
const SOURCE_EXT = fs.existsSync(path.resolve(here, '../workflows/index.ts')) ? '.ts' : '.js';
export const WORKFLOWS_PATH = path.resolve(here, `../workflows/index${SOURCE_EXT}`);
const GUARD_PATH = path.resolve(here, `../workflows/guard${SOURCE_EXT}`);
const FAILURE_CONVERTER_PATH = path.resolve(here, `../workflows/failure-converter${SOURCE_EXT}`);

/** The installed @temporalio/workflow's package.json: the nearest node_modules above this file. */
function workflowSdkManifest(): string {
  for (let d = here; ; d = path.dirname(d)) {
    const f = path.join(d, 'node_modules/@temporalio/workflow/package.json');
    if (fs.existsSync(f)) return f;
    if (path.dirname(d) === d) throw new Error('@temporalio/workflow is not installed');
  }
}

const bundles = new Map<string, Promise<WorkflowBundleWithSourceMap>>();

/**
 * The pure rules the workflows import or re-export (values, not `import type`), loaded once per workflow
 * thread instead of once per workflow (the SDK's `preloadModules`): they hold no state and call no
 * workflow API, and the modules they import (the other rules, @noble/hashes) are shared with them.
 * A new workflow then evaluates only workflows/; measured, module evaluation was a twentieth of the
 * workflow thread's time, most of it in the HMAC library's tables.
 */
export function preloadedRules(): string[] {
  const found = new Set<string>();
  const dir = path.dirname(WORKFLOWS_PATH);
  for (const f of (fs.readdirSync(dir, { recursive: true }) as string[]).filter((x) => x.endsWith(SOURCE_EXT))) {
    const file = path.join(dir, f);
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/^(?:import|export) (?!type )[^;]*? from '((?:\.\.\/)+rules\/[^']+)\.js';/gms)) {
      found.add(path.resolve(path.dirname(file), `${m[1]}${SOURCE_EXT}`));
    }
  }
  return [...found].sort();
}

/** Hash of everything that goes into the bundle: the workflow sources, the SDK version and the actor key. */
function sourceHash(actorKeyHex: string | null): string {
  const h = createHash('sha256');
  // The workflow sources and the pure rules they import.
  for (const dir of [path.dirname(WORKFLOWS_PATH), path.resolve(here, '../rules')]) {
    const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((x) => x.endsWith(SOURCE_EXT)).sort();
    for (const f of files) h.update(f).update(fs.readFileSync(path.join(dir, f)));
  }
  h.update(fs.readFileSync(workflowSdkManifest()));
  // The key is compiled into the bundle: a new key is a new bundle (the hash does not reveal the key).
  h.update(`actor-key:${actorKeyHex ? createHash('sha256').update(actorKeyHex).digest('hex') : 'none'}`);
  return h.digest('hex').slice(0, 16);
}

/** webpack as the SDK's bundler loads it (a dependency of @temporalio/worker, not of Bangfu). */
function sdkWebpack(): typeof import('webpack') {
  const require = createRequire(import.meta.url);
  return createRequire(require.resolve('@temporalio/worker'))('webpack') as typeof import('webpack');
}

export interface BundleOptions {
  /** Where to keep the bundle between starts (file mode 0600: it holds the actor key). */
  cacheDir?: string;
  /**
   * BANGFU_ACTOR_KEY (base64): compiled into the bundle for the workflow guard (workflows/guard.ts)
   * with webpack's DefinePlugin, so it never enters a history. Without one the bundle accepts no update
   * (replay needs none: validators do not run on replay).
   */
  actorKey?: string;
}

/**
 * Bundles the workflow code once per process and key (webpack: a few seconds). With a cache directory
 * the bundle is kept on disk, keyed by the hash of its sources and key, so a warm start skips webpack.
 * The bundle carries the guard interceptor and the sandbox's failure converter (issue 16 item 5).
 */
export function workflowBundle(opts: BundleOptions = {}): Promise<WorkflowBundleWithSourceMap> {
  const keyHex = opts.actorKey ? actorKeyHex(opts.actorKey) : null;
  const memo = `${opts.cacheDir ?? ''}|${keyHex ?? ''}`;
  let p = bundles.get(memo);
  if (!p) {
    p = buildBundle(opts.cacheDir, keyHex);
    bundles.set(memo, p);
  }
  return p;
}

async function buildBundle(cacheDir: string | undefined, keyHex: string | null): Promise<WorkflowBundleWithSourceMap> {
  const file = cacheDir ? path.join(cacheDir, `workflow-bundle-${sourceHash(keyHex)}.json`) : null;
  if (file && fs.existsSync(file)) {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as WorkflowBundleWithSourceMap;
    } catch {
      /* rebuild below */
    }
  }
  const { DefinePlugin } = sdkWebpack();
  const bundle = await bundleWorkflowCode({
    workflowsPath: WORKFLOWS_PATH,
    workflowInterceptorModules: [GUARD_PATH],
    preloadModules: preloadedRules(),
    failureConverterPath: FAILURE_CONVERTER_PATH,
    webpackConfigHook: (config) => ({ ...config, plugins: [...(config.plugins ?? []), new DefinePlugin({ __BANGFU_ACTOR_KEY_HEX__: JSON.stringify(keyHex) })] }),
    logger: quietLogger,
  });
  if (file) {
    ensurePrivateDir(path.dirname(file));
    writeFileAtomic(file, JSON.stringify(bundle), 0o600);
  }
  return bundle;
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
  /**
   * BANGFU_ACTOR_KEY (base64): the workflows check every update's signature with it, and the client
   * the worker gives its activities signs with it (issue 16 item 5).
   */
  actorKey?: string;
  /**
   * BANGFU_WORKFLOW_STACK_TRACES: keep the SDK's per-promise stack capture for the `__stack_trace`
   * query (debugging). Off by default: it costs about a third of the worker's CPU (platform/workflow-threads.ts).
   */
  workflowStackTraces?: boolean;
}

export async function createWorker(opts: WorkerOptions): Promise<{ worker: Worker; connection: NativeConnection; owned: boolean }> {
  const owned = !opts.connection;
  const connection = opts.connection ?? (await NativeConnection.connect({ address: opts.address, ...(opts.tls ? { tls: opts.tls } : {}) }));
  const worker = await (opts.workflowStackTraces ? Worker : LeanWorker).create({
    connection,
    namespace: opts.namespace,
    taskQueue: opts.taskQueue,
    workflowBundle: await workflowBundle({ cacheDir: opts.bundleCacheDir, actorKey: opts.actorKey }),
    activities: { ...createActivities(opts.deps), ...createRetireeActivities(opts.deps), ...createDutyActivities(opts.deps) },
    // Plaintext payloads are quarantined, not thrown on: the guard refuses them and the case goes on.
    dataConverter: opts.dataConverter && workerDataConverter(opts.dataConverter),
    interceptors: { client: signingInterceptors(opts.actorKey) ?? {} },
    maxConcurrentActivityTaskExecutions: opts.maxConcurrentActivityTaskExecutions ?? 50,
  });
  return { worker, connection, owned };
}
