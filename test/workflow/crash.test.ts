/**
 * Durability: 50 cases in flight, the worker process killed with SIGKILL and restarted. Every case
 * reaches its expected status and no payment exists twice (unique key and count).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Client } from '@temporalio/client';
import { completeTaskUpdate, disburseUpdate, stateQuery, workflowIdForCase, type CaseState, type TaskType } from '../../workflows/definitions.js';
import { connectClient, createTestDatabase, TEST_ACTOR_KEY, TEST_PAYLOAD_KEY, uniqueTaskQueue, type TestDatabase } from '../support/stack.js';
import { caseInput, countyApprover, finance, reviewer, townshipApprover } from './harness.js';

let db: TestDatabase;
let client: Client;
const taskQueue = uniqueTaskQueue('crash');
let worker: ChildProcess | null = null;

function startWorker(): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/worker-process.ts'], {
      env: { ...process.env, DATABASE_URL: db.url, TEMPORAL_ADDRESS: inject('temporalAddress'), TEMPORAL_TASK_QUEUE: taskQueue, BANGFU_PAYLOAD_KEY: TEST_PAYLOAD_KEY, BANGFU_ACTOR_KEY: TEST_ACTOR_KEY },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`worker exited early (${code})`)));
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  client = await connectClient();
  worker = await startWorker();
}, 120_000);
afterAll(async () => {
  worker?.kill('SIGKILL');
  await client?.connection.close();
  await db?.drop();
});

async function act(caseId: string, type: TaskType, who: typeof reviewer, extra: Record<string, unknown> = {}): Promise<CaseState> {
  const h = client.workflow.getHandle(workflowIdForCase(caseId));
  for (let i = 0; ; i++) {
    // While no worker runs, a query has nobody to answer it: wait and ask again.
    const s = await h.query(stateQuery).catch(() => null);
    const t = s?.tasks.find((x) => x.type === type && x.status === 'open');
    if (t) return h.executeUpdate(completeTaskUpdate, { args: [{ taskId: t.id, actor: who, decision: 'approve', reasons: 'ok', ...extra }] });
    if (i > 1200) throw new Error(`${caseId}: no open ${type} (status ${s?.status})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function drive(caseId: string): Promise<CaseState> {
  await act(caseId, 'township_verification', reviewer);
  await act(caseId, 'township_opinion', townshipApprover);
  await act(caseId, 'county_decision', countyApprover, { publish: false, amountFen: 12_345 });
  const h = client.workflow.getHandle(workflowIdForCase(caseId));
  await h.executeUpdate(disburseUpdate, { args: [{ actor: finance }] });
  // Paid; the workflow itself stays until the approval's appeal window ends (001 §五3, issue 12 row 9),
  // so the case's state is read, not the workflow's result.
  for (let i = 0; ; i++) {
    const s = await h.query(stateQuery).catch(() => null);
    if (s && s.status === 'paid' && s.payments.length > 0) return s;
    if (i > 1200) throw new Error(`${caseId}: not paid (status ${s?.status})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('worker killed with SIGKILL while 50 cases are in flight', () => {
  it('loses no case and pays none twice', async () => {
    const inputs = Array.from({ length: 50 }, () => caseInput({ matter: 'temporary_aid', benefit: { requestedFen: 12_345 }, searchAttributes: true }));
    for (const input of inputs) {
      await client.workflow.start('caseWorkflow', { workflowId: workflowIdForCase(input.caseId), taskQueue, args: [input] });
    }
    const results = Promise.all(inputs.map((i) => drive(i.caseId)));
    // Kill mid-flight, twice, each time restarting a fresh worker process.
    for (let k = 0; k < 2; k++) {
      await new Promise((r) => setTimeout(r, 2500));
      worker!.kill('SIGKILL');
      await new Promise((r) => setTimeout(r, 300));
      worker = await startWorker();
    }
    const finals = await results;
    expect(finals.map((s) => s.status)).toEqual(inputs.map(() => 'paid'));
    const rows = await db.prisma.$queryRaw<{ case_id: string; n: number }[]>`select case_id, count(*)::int as n from payments group by case_id`;
    expect(rows).toHaveLength(50);
    expect(rows.every((r) => r.n === 1)).toBe(true);
    const total = await db.prisma.payment.aggregate({ _sum: { amountFen: true } });
    expect(Number(total._sum.amountFen)).toBe(50 * 12_345);
    const cases = await db.prisma.case.findMany({ select: { status: true } });
    expect(cases.filter((c) => c.status === 'paid')).toHaveLength(50);
  }, 300_000);
});
