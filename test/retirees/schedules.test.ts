/**
 * The retired-cadre Schedules on the real Temporal dev server: created idempotently (a second start
 * creates nothing), each runs the sweep workflow with its kind, and a triggered run signals every living
 * cadre's workflow (here: one registered cadre gets its monthly contact task).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@temporalio/client';
import { RETIREE_SCHEDULES, ensureRetireeSchedules } from '../../platform/schedules-retirees.js';
import { completeRetireeTaskUpdate, retireeIntakeUpdate, retireeStateQuery, workflowIdForRetiree } from '../../workflows/retirees/definitions.js';
import { connectClient, createTestDatabase, startTestWorker, uniqueTaskQueue, type TestDatabase } from '../support/stack.js';
import { COUNTY, approver, eventually, retireeInput } from './harness.js';

let client: Client;
let db: TestDatabase;
let worker: Awaited<ReturnType<typeof startTestWorker>>;
const taskQueue = uniqueTaskQueue('jx-sched');

beforeAll(async () => {
  db = await createTestDatabase();
  client = await connectClient();
  worker = await startTestWorker(db, taskQueue);
}, 120_000);
afterAll(async () => {
  for (const s of RETIREE_SCHEDULES) await client.schedule.getHandle(s.id).delete().catch(() => {});
  await worker?.stop();
  await client?.connection.close();
  await db?.drop();
});

describe('retiree schedules', () => {
  it('are created once, Asia/Shanghai, each starting the sweep with its kind', async () => {
    expect(await ensureRetireeSchedules(client, taskQueue)).toEqual(RETIREE_SCHEDULES.map((s) => s.id));
    expect(await ensureRetireeSchedules(client, taskQueue)).toEqual([]);
    const d = await client.schedule.getHandle('retirees-monthly-contact').describe();
    expect(d.spec.timezone).toBe('Asia/Shanghai');
    expect(d.action).toMatchObject({ type: 'startWorkflow', workflowType: 'retireeSweepWorkflow', args: [{ kind: 'contact' }] });
  });

  it('a run signals every living cadre: the monthly contact task opens', async () => {
    const input = retireeInput({ receivedAt: '2026-01-05T02:00:00.000Z', retireeId: `JXS${randomUUID().slice(0, 8).toUpperCase()}` });
    const h = await client.workflow.start('retireeWorkflow', { workflowId: workflowIdForRetiree(input.retireeId), taskQueue, args: [input] });
    await h.executeUpdate(retireeIntakeUpdate);
    await client.schedule.getHandle('retirees-monthly-contact').trigger();
    const s = await eventually(async () => {
      const st = await h.query(retireeStateQuery);
      expect(st.tasks.some((t) => t.type === 'contact')).toBe(true);
      return st;
    }, 150);
    expect(s.tasks.find((t) => t.type === 'contact')).toMatchObject({ role: 'retiree_officer', status: 'open' });
    await h.terminate('test done');
  });

  it('the yearly 疗养 plan (004 §29): one recuperation_plan task per county with cadres, made by the department', async () => {
    await client.schedule.getHandle('retirees-yearly-recuperation-plan').trigger();
    const year = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4);
    const plan = client.workflow.getHandle(`recuperation-${COUNTY}-${year}`);
    const s = await eventually(async () => {
      const st = await plan.query(retireeStateQuery);
      expect(st.tasks).toHaveLength(1);
      return st;
    }, 150);
    expect(s.tasks[0]).toMatchObject({ type: 'recuperation_plan', role: 'retiree_approver', status: 'open', deadline: { dueDate: `${year}-03-31` } });
    // The query answers from the workflow's memory; the row is written when the reaction is flushed.
    const row = await eventually(() => db.prisma.task.findUniqueOrThrow({ where: { id: s.tasks[0]!.id } }), 100);
    expect(row).toMatchObject({ subjectType: 'recuperation_plan', workflowId: `recuperation-${COUNTY}-${year}`, county: COUNTY });
    await plan.executeUpdate(completeRetireeTaskUpdate, { args: [{ taskId: s.tasks[0]!.id, actor: approver, decision: 'approve', reasons: '6月北戴河疗养，参战、二等功以上优先' }] });
    const done = await plan.result();
    expect(done.tasks[0]).toMatchObject({ status: 'completed', decidedBy: approver.sub });
    expect(await db.prisma.auditEvent.findFirst({ where: { caseId: `recuperation-${COUNTY}-${year}`, type: 'recuperation_plan_made' } })).not.toBeNull();
  });
});
