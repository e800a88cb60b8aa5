/**
 * The worker's workflow threads skip the SDK's per-promise stack capture unless
 * BANGFU_WORKFLOW_STACK_TRACES asks for it (platform/workflow-threads.ts): on the real stack, the same
 * case's `__stack_trace` query is refused by the default worker and answered by one started with stack
 * traces on. The rest of the suite runs every case on the lean threads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@temporalio/client';
import fs from 'node:fs';
import path from 'node:path';
import { preloadedRules } from '../../platform/worker.js';
import { leanThreadsUnsupported, skipStackCaptureHere } from '../../platform/workflow-threads.js';
import { intakeUpdate, workflowIdForCase } from '../../workflows/definitions.js';
import { caseInput, seedRegionalParameters } from '../workflow/harness.js';
import { connectClient, createTestDatabase, startTestWorker, uniqueTaskQueue, type TestDatabase } from '../support/stack.js';

let db: TestDatabase;
let client: Client;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedRegionalParameters(db);
  client = await connectClient();
}, 60_000);
afterAll(async () => {
  await client?.connection.close();
  await db?.drop();
});

describe('workflow threads', () => {
  it('the installed SDK has the internals the lean threads build on (an upgrade that moves them fails here, not silently)', () => {
    expect(leanThreadsUnsupported()).toBeNull();
    // A replay in this thread first (platform/replay.ts) does not turn a later worker's threads back to the SDK's.
    skipStackCaptureHere();
    expect(leanThreadsUnsupported()).toBeNull();
  });

  it('the rules the workflows import are preloaded once per thread: only pure modules from rules/, value imports only', () => {
    const files = preloadedRules().map((f) => path.relative(process.cwd(), f));
    expect(files).toEqual(expect.arrayContaining(['rules/actor-signature.ts', 'rules/steps.ts', 'rules/authority.ts', 'rules/vocabulary.ts']));
    // `import type { ParamKey } from '../../rules/parameter-defaults.js'` is erased: not loaded at all.
    expect(files).not.toContain('rules/parameter-defaults.ts');
    for (const f of files) {
      expect(f).toMatch(/^rules\//);
      // Shared by every workflow of a thread, so no workflow API (and no state) in them.
      expect(fs.readFileSync(f, 'utf8'), f).not.toMatch(/@temporalio\/workflow/);
    }
  });

  it('by default a case runs without stack capture; with workflowStackTraces the same case answers __stack_trace', async () => {
    const taskQueue = uniqueTaskQueue('threads');
    const input = caseInput();
    const handle = client.workflow.getHandle(workflowIdForCase(input.caseId));

    const lean = await startTestWorker(db, taskQueue);
    try {
      await client.workflow.start('caseWorkflow', { workflowId: workflowIdForCase(input.caseId), taskQueue, args: [input] });
      const state = await handle.executeUpdate(intakeUpdate);
      expect(state.status).toBe('township_review');
      // Refused in the workflow ("Workflow stack traces are not enabled on this worker"); the message
      // is sealed like every failure raised in workflow code (workflows/failure-converter.ts).
      await expect(handle.query('__stack_trace')).rejects.toThrow('Encoded failure');
    } finally {
      await lean.stop();
    }

    // The same open case, picked up (replayed) by a worker that keeps the SDK's stack capture.
    const debugging = await startTestWorker(db, taskQueue, { workflowStackTraces: true });
    try {
      const stack = await handle.query<string>('__stack_trace');
      expect(typeof stack).toBe('string');
      expect(stack).toMatch(/workflows\/case\//);
    } finally {
      await debugging.stop();
      await handle.terminate('test over').catch(() => {});
    }
  }, 90_000);
});
