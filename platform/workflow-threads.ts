/**
 * The worker's workflow threads without the SDK's per-promise stack capture.
 *
 * To answer the `__stack_trace` query (the Temporal UI's "Stack Trace" tab), SDK 1.24 installs a V8
 * promise hook in each workflow thread that, for EVERY promise a workflow creates, builds an Error,
 * formats its stack through the bundle's source map and keeps it until the promise settles
 * (vm-shared.js `setPromiseHook`; sdk-typescript#1587). Measured on this machine it is about a third
 * of the worker's CPU per case and half of a raw Temporal worker's (README "Performance"), and it has
 * no option. Errors raised in workflow code keep their source-mapped stacks (`prepareStackTrace` is
 * still installed); only the query is lost, and it answers "Workflow stack traces are not enabled on
 * this worker". `BANGFU_WORKFLOW_STACK_TRACES=1` brings the SDK's hook back for debugging.
 *
 * How: `Worker.createWorkflowCreator` is the SDK's protected extension point. LeanWorker builds the
 * same threaded creator the SDK builds, but each thread first marks the SDK's global handlers as
 * installed (with the stack preparation, without the promise hook) and then runs the SDK's own thread
 * code. If the SDK's internals are not shaped as expected (another version), the SDK's own creator is
 * used and a warning logged: slower, never broken.
 */
import { createRequire } from 'node:module';
import { Worker as Thread } from 'node:worker_threads';
import type { Logger } from '@temporalio/common';
import { Worker, type CompiledWorkerOptions } from '@temporalio/worker';
import type { WorkflowCreator } from '@temporalio/worker/lib/workflow/interface.js';
import type { WorkflowBundleWithSourceMapAndFilename } from '@temporalio/worker/lib/workflow/workflow-worker-thread/input.js';
import type { ThreadedVMWorkflowCreator, WorkerThreadClient } from '@temporalio/worker/lib/workflow/threaded-vm.js';

const sdkRequire = createRequire(createRequire(import.meta.url).resolve('@temporalio/worker'));
const VM_SHARED = sdkRequire.resolve('./workflow/vm-shared');
const THREAD_MAIN = sdkRequire.resolve('./workflow/workflow-worker-thread');

interface Threaded {
  ThreadedVMWorkflowCreator: new (clients: WorkerThreadClient[]) => ThreadedVMWorkflowCreator;
  WorkerThreadClient: new (thread: Thread, logger: Logger, patch?: CompiledWorkerOptions['patchActivationCallback']) => WorkerThreadClient;
}

/** Why the lean threads cannot be used with this SDK, or null when they can. */
export function leanThreadsUnsupported(): string | null {
  const threaded = sdkRequire('./workflow/threaded-vm') as Partial<Threaded>;
  const shared = sdkRequire(VM_SHARED) as { globalHandlers?: { installed?: unknown; overridePrepareStackTrace?: unknown } };
  if (typeof threaded.ThreadedVMWorkflowCreator !== 'function' || typeof threaded.WorkerThreadClient !== 'function') return 'threaded-vm has no ThreadedVMWorkflowCreator/WorkerThreadClient';
  const h = shared.globalHandlers;
  if (!h || typeof h.installed !== 'boolean' || typeof h.overridePrepareStackTrace !== 'function') return 'vm-shared globalHandlers is not shaped as in SDK 1.24';
  return null;
}

/**
 * The same for workflows run in THIS thread: a replay runs them in the calling thread (the SDK's debug
 * mode), where the hook would otherwise be installed on its first workflow. Idempotent; false when the
 * SDK's hooks are already installed here or its internals are not as expected.
 */
export function skipStackCaptureHere(): boolean {
  const h = (sdkRequire(VM_SHARED) as { globalHandlers: { installed: boolean; overridePrepareStackTrace(): void } }).globalHandlers;
  if (h.installed) return false;
  if (leanThreadsUnsupported()) return false;
  h.overridePrepareStackTrace();
  h.installed = true;
  return true;
}

/** What each workflow thread runs first: the handlers marked installed without the promise hook. */
const THREAD_SOURCE = `
const h = require(${JSON.stringify(VM_SHARED)}).globalHandlers;
h.overridePrepareStackTrace();
h.installed = true;
require(${JSON.stringify(THREAD_MAIN)});
`;

/** A Temporal worker whose workflow threads skip the per-promise stack capture (see the module note). */
export class LeanWorker extends Worker {
  protected static override async createWorkflowCreator(
    bundle: WorkflowBundleWithSourceMapAndFilename,
    options: CompiledWorkerOptions,
    logger: Logger,
  ): Promise<WorkflowCreator> {
    const unsupported = options.debugMode ? 'debug mode runs workflows in the main thread' : leanThreadsUnsupported();
    if (unsupported) {
      logger.warn(`workflow stack capture left on: ${unsupported}`);
      return super.createWorkflowCreator(bundle, options, logger);
    }
    const { ThreadedVMWorkflowCreator, WorkerThreadClient } = sdkRequire('./workflow/threaded-vm') as Threaded;
    // As ThreadedVMWorkflowCreator.create does, with our thread entry.
    const clients = Array.from({ length: options.workflowThreadPoolSize }, () => new WorkerThreadClient(new Thread(THREAD_SOURCE, { eval: true }), logger, options.patchActivationCallback));
    await Promise.all(
      clients.map((client) =>
        client.send({
          type: 'init',
          workflowBundle: bundle,
          isolateExecutionTimeoutMs: options.isolateExecutionTimeoutMs,
          reuseV8Context: options.reuseV8Context ?? true,
          registeredActivityNames: new Set(options.activities.keys()),
          hasPatchActivationCallback: options.patchActivationCallback !== undefined,
        }),
      ),
    );
    return new ThreadedVMWorkflowCreator(clients);
  }
}
