/**
 * The retired-cadre Schedules on the real Temporal dev server: created idempotently (a second start
 * creates nothing), each runs the sweep workflow with its kind, and a triggered run signals every living
 * cadre's workflow (here: one registered cadre gets its monthly contact task).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@temporalio/client';
import { RETIREE_SCHEDULES, ensureRetireeSchedules } from '../../platform/schedules-retirees.js';
import { retireeIntakeUpdate, retireeStateQuery, workflowIdForRetiree } from '../../workflows/retirees/definitions.js';
import { connectClient, createTestDatabase, startTestWorker, uniqueTaskQueue, type TestDatabase } from '../support/stack.js';
import { eventually, retireeInput } from './harness.js';

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
});
