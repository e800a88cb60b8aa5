/**
 * Worker for the raw Temporal baseline (bench/raw-workflow.ts, its own bundle, no-op activities), in
 * its own process like Bangfu's worker. Env: TEMPORAL_ADDRESS, TEMPORAL_TASK_QUEUE. Prints "ready".
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NativeConnection, Worker, bundleWorkflowCode } from '@temporalio/worker';

const here = path.dirname(fileURLToPath(import.meta.url));
const quiet = { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} };
const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! });
const worker = await Worker.create({
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
