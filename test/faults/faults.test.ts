/**
 * The fault suite, small (the full one is `npm run test:faults`: 1000 cases, the worker killed three
 * times, Temporal and PostgreSQL restarted). Here: 50 cases through the HTTP API with the worker and the
 * API as child processes (the production entry points) on the test suite's servers, the worker killed
 * with SIGKILL once, early: a case whose activity ran on the killed worker waits for that activity's
 * start-to-close timeout (60 s) before it is retried, which bounds the test's time. Every case is paid
 * exactly once, every audit chain verifies, and parallel races are decided once (50 identical payment
 * requests, 50 completions of one task).
 * Same driver as the full suite (bench/lib/faults.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runFaultSuite } from '../../bench/lib/faults.js';
import { newSecrets, setBenchParameters, startAppProcesses, type AppProcesses } from '../../bench/lib/stack.js';
import { createTestDatabase, uniqueTaskQueue, type TestDatabase } from '../support/stack.js';

let db: TestDatabase;
let procs: AppProcesses;
let dataDir: string;
const secrets = newSecrets();
/** BANGFU_FAULTS_LOG=1 prints the run's progress and faults. */
const log = process.env.BANGFU_FAULTS_LOG ? (s: string) => process.stderr.write(`[faults] ${s}\n`) : undefined;

beforeAll(async () => {
  db = await createTestDatabase();
  await setBenchParameters(db.ownerUrl);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bangfu-faults-'));
  procs = await startAppProcesses({ dataDir, appUrl: db.url, temporalAddress: inject('temporalAddress'), taskQueue: uniqueTaskQueue('faults'), secrets });
}, 120_000);

afterAll(async () => {
  await procs?.stop();
  await db?.drop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('fault suite (small): 50 cases, the worker killed with SIGKILL mid-run', () => {
  it('loses no case, pays none twice, every audit chain verifies, races are decided once', async () => {
    const report = await runFaultSuite(
      { apiUrl: procs.apiUrl, jwtSecret: secrets.jwtSecret, db: db.prisma, worker: procs.worker, api: procs.api },
      { cases: 50, concurrency: 10, plan: [{ at: 0.1, kind: 'kill-worker' }], run: 'faults-test', log },
    );
    expect(report.failures).toEqual([]);
    expect(report.lost).toEqual([]);
    expect(report.lostCases).toBe(0);
    expect(report.paid).toBe(50);
    expect(report.duplicatePayments).toBe(0);
    expect(report.paymentsTotalFen).toBe(report.expectedTotalFen);
    expect(report.brokenAuditChains).toBe(0);
    expect(report.auditChainsVerified).toBeGreaterThanOrEqual(50);
    expect(report.processRestarts.workerKills).toBe(1);
    expect(report.faults).toHaveLength(1);
    expect(report.parallel).toMatchObject({
      paymentsSameKey: { answers: { 201: 50 }, paymentRows: 1 },
      paymentsNoKey: { answers: { 201: 1, 409: 49 }, paymentRows: 1 },
      completions: { answers: { 200: 1, 409: 49 }, taskCompletedEvents: 1 },
    });
  }, 150_000);
});
