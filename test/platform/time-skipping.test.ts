/**
 * The project's Temporal binaries really work (scripts/lib/tools.ts → test/support/temporal-env.ts):
 * - the Java time-skipping test server runs a 5-day timer in seconds of wall time, and can start its
 *   clock at a chosen past instant (what the workflow harness relies on for holiday tests);
 * - the Temporal CLI dev server runs a workflow.
 * The worker bundles ./time-skipping.workflows.ts itself (once, reused by every worker here).
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { ensureTemporalCli, ensureTestServer, temporalCliVersion } from '../../scripts/lib/tools.js';
import { createDevServerEnv, createTimeSkippingEnv } from '../support/temporal-env.js';
import type { greet, sleepFiveDays, workflowNow } from './time-skipping.workflows.js';

const DAY = 24 * 60 * 60 * 1000;
const workflowsPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'time-skipping.workflows.ts');

// The SDK runtime (warnings only) is installed for every test process by test/support/quiet-runtime.ts.

let bundle: WorkflowBundleWithSourceMap;
beforeAll(async () => {
  bundle = await bundleWorkflowCode({ workflowsPath, logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} } as never });
}, 120_000);

async function makeWorker(env: TestWorkflowEnvironment, taskQueue: string) {
  return Worker.create({ connection: env.nativeConnection, namespace: env.namespace ?? 'default', taskQueue, workflowBundle: bundle });
}

describe('Java time-skipping test server', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await createTimeSkippingEnv();
  }, 120_000);
  afterAll(async () => {
    await env?.teardown();
  });

  it('is the Maven install, run through the wrapper', async () => {
    expect(await ensureTestServer()).toMatch(/\.tools\/test-server\/[^/]+\/temporal-test-server$/);
    expect(env.supportsTimeSkipping).toBe(true);
  });

  it('runs a 5-day sleep in under 10 s of wall time, and workflow time advances by 5 days', async () => {
    const taskQueue = `ts-${randomUUID().slice(0, 8)}`;
    const worker = await makeWorker(env, taskQueue);
    const serverBefore = await env.currentTimeMs();
    const t0 = performance.now();
    const r = await worker.runUntil(
      env.client.workflow.execute<typeof sleepFiveDays>('sleepFiveDays', { taskQueue, workflowId: `sleep-${randomUUID()}` }),
    );
    const wallMs = performance.now() - t0;
    const serverAfter = await env.currentTimeMs();

    expect(wallMs).toBeLessThan(10_000);
    expect(r.endedAt - r.startedAt).toBeGreaterThanOrEqual(5 * DAY);
    expect(serverAfter - serverBefore).toBeGreaterThanOrEqual(5 * DAY);
  });

  it('starts its clock at a chosen past instant (startAt)', async () => {
    const startAt = '2026-02-12T09:00:00+08:00';
    const past = await createTimeSkippingEnv({ startAt });
    try {
      const now = await past.currentTimeMs();
      expect(now).toBeGreaterThanOrEqual(Date.parse(startAt));
      expect(now).toBeLessThan(Date.parse(startAt) + 60_000);
      const taskQueue = `ts-${randomUUID().slice(0, 8)}`;
      const worker = await makeWorker(past, taskQueue);
      const wfNow = await worker.runUntil(
        past.client.workflow.execute<typeof workflowNow>('workflowNow', { taskQueue, workflowId: `now-${randomUUID()}` }),
      );
      expect(wfNow).toBeGreaterThanOrEqual(Date.parse(startAt));
      expect(wfNow).toBeLessThan(Date.parse(startAt) + 60_000);
    } finally {
      await past.teardown();
    }
  });
});

describe('Temporal CLI dev server', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await createDevServerEnv({ namespace: 'platform-test' });
  }, 120_000);
  afterAll(async () => {
    await env?.teardown();
  });

  it('is a working CLI binary', async () => {
    expect(await temporalCliVersion(await ensureTemporalCli())).toMatch(/^temporal version \d+\.\d+\.\d+/);
    expect(env.supportsTimeSkipping).toBe(false);
  });

  it('runs a workflow', async () => {
    const taskQueue = `dev-${randomUUID().slice(0, 8)}`;
    const worker = await makeWorker(env, taskQueue);
    const r = await worker.runUntil(
      env.client.workflow.execute<typeof greet>('greet', { taskQueue, workflowId: `greet-${randomUUID()}`, args: ['老兵'] }),
    );
    expect(r).toBe('你好, 老兵');
  });
});
