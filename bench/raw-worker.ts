/**
 * Worker for the raw Temporal baseline (bench/raw-workflow.ts, its own bundle, no-op activities), in
 * its own process like Bangfu's worker. Env: TEMPORAL_ADDRESS, TEMPORAL_TASK_QUEUE. Prints "ready".
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NativeConnection, bundleWorkflowCode } from '@temporalio/worker';
import { LeanWorker } from '../platform/workflow-threads.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const quiet = { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} };
const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! });
// As Bangfu's worker (platform/worker.ts): workflow threads without the per-promise stack capture.
const worker = await LeanWorker.create({
  connection,
  namespace: process.env.TEMPORAL_NAMESPACE ?? 'bangfu',
  taskQueue: process.env.TEMPORAL_TASK_QUEUE!,
  workflowBundle: await bundleWorkflowCode({ workflowsPath: path.join(here, 'raw-workflow.ts'), logger: quiet }),
  activities: { noop: async (input: string) => input.length },
  // As Bangfu's worker (platform/worker.ts).
  maxConcurrentActivityTaskExecutions: 50,
});
const running = worker.run();
process.stdout.write('ready\n');
process.on('SIGTERM', () => worker.shutdown());
await running;
await connection.close();
