/**
 * Time-skipping harness for the case workflow: the real Java test server (its clock started at a
 * chosen instant, so holidays can be crossed), a real PostgreSQL database for the activities, and the
 * real workflow bundle. One per test file.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import proto from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createActivities } from '../../activities/index.js';
import { signingInterceptors } from '../../platform/actor-signing.js';
import { workflowBundle } from '../../platform/worker.js';
import {
  completeTaskUpdate,
  intakeUpdate,
  stateQuery,
  workflowIdForCase,
  type Actor,
  type CaseInput,
  type CaseState,
  type TaskType,
} from '../../workflows/definitions.js';
import { TEST_ACTOR_KEY, createTestDatabase, type TestDatabase } from '../support/stack.js';
import { createTimeSkippingEnv } from '../support/temporal-env.js';

export const COUNTY = '330302';
export const TOWNSHIP = '330302001';
export const actor = (sub: string, role: Actor['roles'][number], township = true): Actor => ({
  sub,
  roles: [role],
  county: COUNTY,
  ...(township ? { township: TOWNSHIP } : {}),
});
export const clerk = actor('clerk-1', 'station_clerk');
export const reviewer = actor('reviewer-1', 'township_reviewer');
export const townshipApprover = actor('tapprover-1', 'township_approver');
export const countyApprover = actor('capprover-1', 'county_approver', false);
export const rechecker = actor('rechecker-1', 'county_rechecker', false);
export const appealReviewer = actor('appeal-1', 'appeal_reviewer', false);
export const finance = actor('finance-1', 'finance', false);

/** A valid GB 11643 ID number (check character computed), born on the given date. */
export function idNumber(birth = '19700101', seqDigits = '123'): string {
  const body = `330302${birth}${seqDigits}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = body.split('').reduce((a, c, i) => a + Number(c) * w[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

export function caseInput(over: Partial<CaseInput> = {}): CaseInput {
  const caseId = `T${randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase()}`;
  return {
    caseId,
    receivedAt: new Date().toISOString(),
    applicant: { idNumber: idNumber(), name: '张三丰', category: 'veteran', birthDate: '1970-01-01', householdStatus: 'dibao' },
    personKey: `pk-${caseId}`,
    matter: 'living_supplement',
    hardshipSituation: 2,
    county: COUNTY,
    township: TOWNSHIP,
    consentToMeansCheck: true,
    filedBy: { capacity: 'self', sub: clerk.sub },
    benefit: {},
    searchAttributes: false,
    ...over,
  };
}

/**
 * The regional policy a county must have before it files cases (001 §四 当地…标准; issue 12 row 2): the
 * 低保 standard (1,000 yuan a month) and last year's per-capita consumption (42,000 yuan), as ops load them.
 */
export const REGIONAL = { dibao_standard_fen: 100_000, prev_year_per_capita_consumption_fen: 4_200_000 } as const;
export async function seedRegionalParameters(db: TestDatabase, region = COUNTY, values: Record<string, unknown> = REGIONAL): Promise<void> {
  for (const [key, value] of Object.entries(values)) {
    await db.prisma.parameter.create({ data: { region, key, effectiveFrom: '2000-01-01', value: value as never, ref: 'test', notInSeeds: true, createdBy: 'test' } });
  }
}

export interface Harness {
  env: TestWorkflowEnvironment;
  db: TestDatabase;
  taskQueue: string;
  /** Starts a case; with a label, its history is recorded as a replay fixture (BANGFU_RECORD_HISTORIES=1). */
  start(input: CaseInput, label?: string): Promise<string>;
  state(caseId: string): Promise<CaseState>;
  openTask(caseId: string, type: TaskType): Promise<string>;
  complete(caseId: string, type: TaskType, who: Actor, decision: 'approve' | 'reject', extra?: { reasons?: string; publish?: boolean; amountFen?: number }): Promise<CaseState>;
  /** Moves the test server's clock to the instant (forward only). */
  sleepUntil(iso: string): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Wraps the real activities (e.g. to act at an exact point inside one, as a race test does). */
  wrapActivities?: (real: ReturnType<typeof createActivities>) => ReturnType<typeof createActivities>;
}

export async function createHarness(startAt: string, opts: HarnessOptions = {}): Promise<Harness> {
  const env = await createTimeSkippingEnv({ startAt });
  const db = await createTestDatabase();
  await seedRegionalParameters(db);
  const taskQueue = `wf-${randomUUID().slice(0, 8)}`;
  const worker = await Worker.create({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    taskQueue,
    workflowBundle: await workflowBundle({ actorKey: TEST_ACTOR_KEY }),
    // The activities' client signs the updates they send (issue 16 item 5).
    interceptors: { client: signingInterceptors(TEST_ACTOR_KEY, () => env.currentTimeMs())! },
    activities: (opts.wrapActivities ?? ((a) => a))(createActivities({ db: db.prisma })),
  });
  const running = worker.run();
  const handle = (caseId: string) => env.client.workflow.getHandle(workflowIdForCase(caseId));
  const labelled = new Map<string, string>();
  const h: Harness = {
    env,
    db,
    taskQueue,
    async start(input, label) {
      if (label) labelled.set(label, input.caseId);
      await env.client.workflow.start('caseWorkflow', { workflowId: workflowIdForCase(input.caseId), taskQueue, args: [input] });
      // Returns once intake is recorded (case row, first task and their audit events written).
      await handle(input.caseId).executeUpdate(intakeUpdate);
      return input.caseId;
    },
    state: (caseId) => handle(caseId).query(stateQuery),
    async openTask(caseId, type) {
      const s = await handle(caseId).query(stateQuery);
      const t = s.tasks.find((x) => x.type === type && x.status === 'open');
      if (!t) throw new Error(`no open ${type} on ${caseId}; tasks: ${s.tasks.map((x) => `${x.type}:${x.status}`).join(', ')} (status ${s.status})`);
      return t.id;
    },
    async complete(caseId, type, who, decision, extra = {}) {
      const taskId = await h.openTask(caseId, type);
      return handle(caseId).executeUpdate(completeTaskUpdate, {
        args: [{ taskId, actor: who, decision, reasons: extra.reasons ?? `${type} ${decision}: checked`, publish: extra.publish, amountFen: extra.amountFen }],
      });
    },
    async sleepUntil(iso) {
      const ms = Date.parse(iso) - (await env.currentTimeMs());
      if (ms > 0) await env.sleep(ms);
    },
    async close() {
      if (process.env.BANGFU_RECORD_HISTORIES) {
        const dir = path.resolve('test/fixtures/histories');
        fs.mkdirSync(dir, { recursive: true });
        for (const [label, caseId] of labelled) {
          const history = await handle(caseId).fetchHistory();
          fs.writeFileSync(path.join(dir, `${label}.json`), JSON.stringify({ workflowId: workflowIdForCase(caseId), history: proto.temporal.api.history.v1.History.fromObject(history).toJSON() }, null, 1) + '\n');
        }
      }
      worker.shutdown();
      await running;
      await env.teardown();
      await db.drop();
    },
  };
  return h;
}
