/**
 * Time-skipping harness for the retired-cadre workflows: the Java test server with its clock started at
 * a chosen instant, a real PostgreSQL database for the activities, the real workflow bundle. Task
 * completions go through executeUpdate on the workflow handle (the same updates the API sends).
 */
import { randomUUID } from 'node:crypto';
import { Worker } from '@temporalio/worker';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createActivities } from '../../activities/index.js';
import { createRetireeActivities } from '../../activities/retirees/index.js';
import { signingInterceptors } from '../../platform/actor-signing.js';
import { workflowBundle } from '../../platform/worker.js';
import { idCheckCharacter } from '../../rules/index.js';
import type { Actor, TaskState, TaskType } from '../../workflows/definitions.js';
import {
  claimRetireeTaskUpdate,
  completeRetireeTaskUpdate,
  retireeDueSignal,
  retireeIntakeUpdate,
  retireeStateQuery,
  workflowIdForRetiree,
  type DueNotice,
  type RetireeInput,
  type RetireeState,
} from '../../workflows/retirees/definitions.js';
import { TEST_ACTOR_KEY, TEST_PAYLOAD_KEY, createTestDatabase, type TestDatabase } from '../support/stack.js';
import { createTimeSkippingEnv } from '../support/temporal-env.js';

export const COUNTY = '220102';
const as = (sub: string, role: Actor['roles'][number], county = COUNTY): Actor => ({ sub, roles: [role], county });
export const officer = as('officer-1', 'retiree_officer');
export const head = as('head-1', 'institution_head');
export const approver = as('approver-1', 'retiree_approver');

export function idNumber(birth = '19400101'): string {
  const body = `${COUNTY}${birth}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
  return body + idCheckCharacter(body);
}

export function retireeInput(over: Partial<RetireeInput> = {}): RetireeInput {
  const retireeId = `JX${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`;
  return {
    retireeId,
    receivedAt: '',
    person: { idNumber: idNumber(), name: '李四海', birthDate: '1940-01-01' },
    personKey: `pk-${retireeId}`,
    rankClass: 'division',
    institution: COUNTY,
    county: COUNTY,
    filedBy: officer,
    ...over,
  };
}

export interface RetireeHarness {
  env: TestWorkflowEnvironment;
  db: TestDatabase;
  taskQueue: string;
  start(input: RetireeInput): Promise<string>;
  handle(id: string): ReturnType<TestWorkflowEnvironment['client']['workflow']['getHandle']>;
  state(id: string): Promise<RetireeState>;
  open(id: string, type: TaskType): Promise<TaskState>;
  complete(id: string, type: TaskType, who: Actor, decision: 'approve' | 'reject', reasons?: string): Promise<RetireeState>;
  claim(id: string, taskId: string, who: Actor): Promise<RetireeState>;
  /** What a schedule's sweep does, run as the schedule would run it. */
  sweep(kind: DueNotice['kind'], on: string): Promise<{ signalled: number }>;
  signal(id: string, n: DueNotice): Promise<void>;
  sleepUntil(iso: string): Promise<void>;
  close(): Promise<void>;
}

export async function createRetireeHarness(startAt: string): Promise<RetireeHarness> {
  const env = await createTimeSkippingEnv({ startAt });
  const db = await createTestDatabase();
  const taskQueue = `jx-${randomUUID().slice(0, 8)}`;
  const deps = { db: db.prisma, payloadKey: TEST_PAYLOAD_KEY };
  const worker = await Worker.create({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    taskQueue,
    workflowBundle: await workflowBundle({ actorKey: TEST_ACTOR_KEY }),
    // The activities' client signs the updates they send (issue 16 item 5).
    interceptors: { client: signingInterceptors(TEST_ACTOR_KEY, () => env.currentTimeMs())! },
    activities: { ...createActivities(deps), ...createRetireeActivities(deps) },
  });
  const running = worker.run();
  const handle = (id: string) => env.client.workflow.getHandle(workflowIdForRetiree(id));
  const h: RetireeHarness = {
    env,
    db,
    taskQueue,
    handle,
    async start(input) {
      // Received now on the server's clock (the test's wall clock is not the workflow's).
      if (!input.receivedAt) input.receivedAt = new Date(await env.currentTimeMs()).toISOString();
      await env.client.workflow.start('retireeWorkflow', { workflowId: workflowIdForRetiree(input.retireeId), taskQueue, args: [input] });
      await handle(input.retireeId).executeUpdate(retireeIntakeUpdate);
      return input.retireeId;
    },
    state: (id) => handle(id).query(retireeStateQuery),
    async open(id, type) {
      const s = await h.state(id);
      const t = s.tasks.find((x) => x.type === type && x.status === 'open');
      if (!t) throw new Error(`no open ${type} on ${id}; tasks: ${s.tasks.map((x) => `${x.type}:${x.status}`).join(', ')}`);
      return t;
    },
    async complete(id, type, who, decision, reasons) {
      const t = await h.open(id, type);
      return handle(id).executeUpdate(completeRetireeTaskUpdate, { args: [{ taskId: t.id, actor: who, decision, reasons: reasons ?? `${type} ${decision}` }] });
    },
    claim: (id, taskId, who) => handle(id).executeUpdate(claimRetireeTaskUpdate, { args: [{ taskId, actor: who }] }),
    async sweep(kind, on) {
      return env.client.workflow.execute('retireeSweepWorkflow', { workflowId: `sweep-${kind}-${on}-${randomUUID().slice(0, 4)}`, taskQueue, args: [{ kind, on }] });
    },
    signal: (id, n) => handle(id).signal(retireeDueSignal, n),
    async sleepUntil(iso) {
      const ms = Date.parse(iso) - (await env.currentTimeMs());
      if (ms > 0) await env.sleep(ms);
    },
    async close() {
      worker.shutdown();
      await running;
      await env.teardown();
      await db.drop();
    },
  };
  return h;
}

/** Polls until pred holds on the workflow's state (a coroutine may still be writing). */
export async function until(h: RetireeHarness, id: string, pred: (s: RetireeState) => boolean, what: string): Promise<RetireeState> {
  for (let i = 0; i < 100; i++) {
    const s = await h.state(id);
    if (pred(s)) return s;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`retiree ${id}: ${what} did not happen; state ${JSON.stringify(await h.state(id)).slice(0, 800)}`);
}

/** The refusal a rejected update carries: the validator's ApplicationFailure (type = REFUSALS code). */
export async function refusalOf(p: Promise<unknown>): Promise<{ type: string; message: string }> {
  try {
    await p;
  } catch (e) {
    const cause = (e as { cause?: { type?: string; message?: string } }).cause;
    return { type: cause?.type ?? 'none', message: cause?.message ?? String(e) };
  }
  throw new Error('expected a refusal, the update was accepted');
}

/** Polls an async check until it stops throwing (the workflow's next write may still be on its way). */
export async function eventually<T>(check: () => Promise<T>, tries = 50): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await check();
    } catch (e) {
      if (i >= tries) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
