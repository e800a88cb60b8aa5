/**
 * The Bangfu worker: runs the case workflows and their activities on one task queue.
 * Stateless: run as many replicas as load needs (README "Scale-out").
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NativeConnection, Worker, bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { DataConverter } from '@temporalio/common';
import { createActivities, type ActivityDeps } from '../activities/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const WORKFLOWS_PATH = path.resolve(here, '../workflows/index.ts');

let bundlePromise: Promise<WorkflowBundleWithSourceMap> | null = null;
/** Bundles the workflow code once per process (webpack; a few seconds). */
export function workflowBundle(): Promise<WorkflowBundleWithSourceMap> {
  bundlePromise ??= bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: quietLogger });
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
  maxConcurrentActivityTaskExecutions?: number;
  /** The payload codec (platform/codec.ts): personal data never reaches Temporal in clear. */
  dataConverter?: DataConverter;
}

export async function createWorker(opts: WorkerOptions): Promise<{ worker: Worker; connection: NativeConnection; owned: boolean }> {
  const owned = !opts.connection;
  const connection = opts.connection ?? (await NativeConnection.connect({ address: opts.address }));
  const worker = await Worker.create({
    connection,
    namespace: opts.namespace,
    taskQueue: opts.taskQueue,
    workflowBundle: await workflowBundle(),
    activities: createActivities(opts.deps),
    dataConverter: opts.dataConverter,
    maxConcurrentActivityTaskExecutions: opts.maxConcurrentActivityTaskExecutions ?? 50,
  });
  return { worker, connection, owned };
}
