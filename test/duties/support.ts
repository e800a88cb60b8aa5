/**
 * Time-skipping stack for the standing duties: the Java test server (clock started at a chosen
 * instant), a real PostgreSQL database, the real workflow bundle, and a worker with the case and the
 * duty activities (the duty activities reach the case workflows through the worker's own client).
 */
import { randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createDutyActivities } from '../../activities/duties/index.js';
import { createActivities } from '../../activities/index.js';
import { signingInterceptors } from '../../platform/actor-signing.js';
import { workflowBundle } from '../../platform/worker.js';
import { completeTaskUpdate, disburseUpdate, intakeUpdate, stateQuery, workflowIdForCase, type Actor, type CaseInput, type CaseState, type CompleteTaskInput, type TaskType } from '../../workflows/definitions.js';
import { dutyCompleteUpdate, workflowIdForDuty, type DutyCompleteInput, type DutyState, type Sweep } from '../../workflows/duties/messages.js';
import type { SweepResult } from '../../workflows/duties/sweep.js';
import { TEST_ACTOR_KEY, createTestDatabase, type TestDatabase } from '../support/stack.js';
import { createTimeSkippingEnv } from '../support/temporal-env.js';
import { countyApprover, finance, reviewer, seedRegionalParameters, townshipApprover } from '../workflow/harness.js';

export interface DutyHarness {
  env: TestWorkflowEnvironment;
  db: TestDatabase;
  taskQueue: string;
  startCase(input: CaseInput): Promise<string>;
  caseState(caseId: string): Promise<CaseState>;
  completeCaseTask(caseId: string, type: TaskType, who: Actor, decision?: 'approve' | 'reject', extra?: Partial<CompleteTaskInput>): Promise<CaseState>;
  /** Township verification, opinion and county decision approved, publication over, first payment made. */
  toPaid(caseId: string, period?: string): Promise<CaseState>;
  /** Runs a sweep for `today` and returns once it has finished (without letting the clock jump). */
  sweep(sweep: Sweep, today?: string): Promise<SweepResult>;
  /** Waits (wall clock) for a workflow to finish without unlocking time skipping. */
  finished<T>(workflowId: string): Promise<T>;
  /** Waits until the task row exists (the duty workflow opened it). */
  taskRow(taskId: string, pred?: (t: { status: string; overdue: boolean }) => boolean): Promise<{ id: string; status: string; overdue: boolean; dueDate: string | null; dueAt: Date | null; workflowId: string | null; caseId: string; subjectType: string; type: string }>;
  completeDuty(taskId: string, input: Omit<DutyCompleteInput, 'taskId'>): Promise<DutyState>;
  sleepUntil(iso: string): Promise<void>;
  now(): Promise<number>;
  close(): Promise<void>;
}

export async function createDutyHarness(startAt: string): Promise<DutyHarness> {
  const env = await createTimeSkippingEnv({ startAt });
  const db = await createTestDatabase();
  await seedRegionalParameters(db); // the county's 低保 standard etc. (issue 12 row 2: regional policy)
  const taskQueue = `duty-${randomUUID().slice(0, 8)}`;
  const worker = await Worker.create({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    taskQueue,
    workflowBundle: await workflowBundle({ actorKey: TEST_ACTOR_KEY }),
    // The activities' client signs the updates they send (issue 16 item 5).
    interceptors: { client: signingInterceptors(TEST_ACTOR_KEY, () => env.currentTimeMs())! },
    activities: { ...createActivities({ db: db.prisma }), ...createDutyActivities({ db: db.prisma }) },
  });
  const running = worker.run();
  const caseHandle = (caseId: string) => env.client.workflow.getHandle(workflowIdForCase(caseId));
  // A plain client on the same server: its result() never unlocks time skipping (the test
  // environment's client does, and the clock would jump to the next timer while it waits).
  const plain = new Client({ connection: env.connection, namespace: env.namespace ?? 'default' });
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

  const h: DutyHarness = {
    env,
    db,
    taskQueue,
    async startCase(input) {
      await env.client.workflow.start('caseWorkflow', { workflowId: workflowIdForCase(input.caseId), taskQueue, args: [input] });
      await caseHandle(input.caseId).executeUpdate(intakeUpdate);
      return input.caseId;
    },
    caseState: (caseId) => caseHandle(caseId).query(stateQuery),
    async completeCaseTask(caseId, type, who, decision = 'approve', extra = {}) {
      const s = await caseHandle(caseId).query(stateQuery);
      const t = s.tasks.find((x) => x.type === type && x.status === 'open');
      if (!t) throw new Error(`no open ${type} on ${caseId} (status ${s.status})`);
      return caseHandle(caseId).executeUpdate(completeTaskUpdate, { args: [{ taskId: t.id, actor: who, decision, reasons: `${type} ${decision}: checked`, ...extra }] });
    },
    async toPaid(caseId, period) {
      await h.completeCaseTask(caseId, 'township_verification', reviewer);
      await h.completeCaseTask(caseId, 'township_opinion', townshipApprover);
      const s = await h.completeCaseTask(caseId, 'county_decision', countyApprover);
      if (s.publicationEndsAt) await h.sleepUntil(new Date(Date.parse(s.publicationEndsAt) + 60_000).toISOString());
      for (let i = 0; i < 100 && (await h.caseState(caseId)).status !== 'payable'; i++) await wait(100);
      return caseHandle(caseId).executeUpdate(disburseUpdate, { args: [{ actor: finance, period }] });
    },
    async sweep(sweep, today) {
      const id = `sweep-${sweep}-${randomUUID().slice(0, 8)}`;
      await env.client.workflow.start('dutySweepWorkflow', { workflowId: id, taskQueue, args: [{ sweep, today, searchAttributes: false }] });
      return h.finished<SweepResult>(id);
    },
    async finished<T>(workflowId: string) {
      const handle = plain.workflow.getHandle(workflowId);
      for (let i = 0; i < 300; i++) {
        const d = await handle.describe();
        if (d.status.name !== 'RUNNING') return (await handle.result()) as T;
        await wait(100);
      }
      const d = await handle.describe();
      const why = (d.raw.pendingActivities ?? []).map((a) => `${a.activityType?.name}: ${a.lastFailure?.message ?? 'no failure'}`).join('; ');
      throw new Error(`${workflowId} did not finish (${why || 'no pending activity'})`);
    },
    async taskRow(taskId, pred = () => true) {
      for (let i = 0; i < 300; i++) {
        const t = await db.prisma.task.findUnique({ where: { id: taskId } });
        if (t && pred(t)) return t;
        await wait(100);
      }
      throw new Error(`task ${taskId} did not appear as expected`);
    },
    completeDuty: (taskId, input) => env.client.workflow.getHandle(workflowIdForDuty(taskId)).executeUpdate(dutyCompleteUpdate, { args: [{ taskId, ...input }] }),
    async sleepUntil(iso) {
      const ms = Date.parse(iso) - (await env.currentTimeMs());
      if (ms > 0) await env.sleep(ms);
    },
    now: () => env.currentTimeMs(),
    async close() {
      worker.shutdown();
      await running;
      await env.teardown();
      await db.drop();
    },
  };
  return h;
}
