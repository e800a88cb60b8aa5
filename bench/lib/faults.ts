/**
 * The fault suite's driver, shared by `npm run test:faults` (bench/faults.ts: 1000 cases, worker killed
 * three times, Temporal and PostgreSQL restarted) and `npm test` (test/faults/faults.test.ts: 50 cases,
 * one worker kill, on the test suite's servers).
 *
 * Cases are driven through the HTTP API by retrying clients (bench/lib/driver.ts) while the faults are
 * injected at fractions of the run; afterwards every case must be `paid` (API and database), no case
 * paid twice (by the unique key and by a count), every audit chain verified (store/audit.ts), and
 * parallel races decided once: 50 identical payment requests → one payment, 50 completions of one
 * task → one success.
 */
import type { Client } from '@temporalio/client';
import { SYSTEM_CASE_ID, loadChain, verifyChain } from '../../store/audit.js';
import type { Db } from '../../store/db.js';
import { AMOUNT_FEN, Api, applyCase, driveCase, officials, pool, round, type Officials } from './driver.js';
import type { Child } from './proc.js';
import { BENCH_COUNTY } from './stack.js';

export type FaultKind = 'kill-worker' | 'restart-temporal' | 'restart-postgres' | 'kill-api' | 'restart-history' | 'restart-matching';

export interface FaultTarget {
  apiUrl: string;
  jwtSecret: string;
  /** Bangfu's database (app role is enough: the checks only read). */
  db: Db;
  worker: Child;
  api: Child;
  restartTemporal?: () => Promise<number>;
  restartPostgres?: () => Promise<number>;
  /** On a multi-service cluster: restart one Temporal service (SIGTERM, start again); ms away. */
  restartService?: (name: 'history' | 'matching') => Promise<number>;
  /** API replicas behind a client-side balancer (each attempt to the next); default [apiUrl]. */
  apiUrls?: string[];
  /** For the check that no case workflow is left running. */
  client?: Client;
}

export interface FaultStep {
  /** Fraction of the cases finished when the fault is injected. */
  at: number;
  kind: FaultKind;
}

/** The full suite: the worker killed three times, Temporal and PostgreSQL each restarted once. */
export const FULL_PLAN: FaultStep[] = [
  { at: 0.1, kind: 'kill-worker' },
  { at: 0.25, kind: 'restart-temporal' },
  { at: 0.4, kind: 'kill-worker' },
  { at: 0.55, kind: 'restart-postgres' },
  { at: 0.7, kind: 'kill-worker' },
];

/** On the multi-service cluster (npm run test:cluster): one of each fault, one at a time. */
export const CLUSTER_PLAN: FaultStep[] = [
  { at: 0.1, kind: 'kill-worker' },
  { at: 0.25, kind: 'restart-history' },
  { at: 0.4, kind: 'kill-api' },
  { at: 0.55, kind: 'restart-matching' },
  { at: 0.7, kind: 'restart-postgres' },
];

export interface FaultReport {
  startedAt: string;
  cases: number;
  concurrency: number;
  passed: boolean;
  failures: string[];
  paid: number;
  lostCases: number;
  lost: string[];
  duplicatePayments: number;
  duplicatePaymentsByUniqueKey: number;
  duplicatePaymentsByCount: number;
  paymentsTotalFen: number;
  expectedTotalFen: number;
  auditChainsVerified: number;
  brokenAuditChains: number;
  casesWithoutOnePaidEvent: number;
  workflowsStillRunning: number | null;
  faults: { kind: FaultKind; atCasesFinished: number; atS: number; downMs: number }[];
  processRestarts: { workerKills: number; workerUnexpectedExits: number; apiUnexpectedExits: number; apiKills: number };
  parallel: Record<string, unknown> | null;
  retries: Api['stats'];
  driveErrors: string[];
  seconds: number;
  casesPerSecond: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runFaultSuite(
  t: FaultTarget,
  o: { cases: number; concurrency: number; plan: FaultStep[]; run: string; parallelChecks?: boolean; log?: (s: string) => void },
): Promise<FaultReport> {
  const log = o.log ?? (() => {});
  const startedAt = new Date().toISOString();
  const api = new Api(t.apiUrl, { baseUrls: t.apiUrls });
  const who = await officials(t.jwtSecret);
  const t0 = performance.now();
  const faults: FaultReport['faults'] = [];
  const failures: string[] = [];

  // Faults fire in order as the run passes each fraction; one at a time.
  let finished = 0;
  let nextFault = 0;
  let injecting: Promise<void> = Promise.resolve();
  const plan = [...o.plan].sort((a, b) => a.at - b.at);
  const inject = async (step: FaultStep) => {
    const at = finished;
    const atS = round((performance.now() - t0) / 1000, 1);
    const f0 = performance.now();
    log(`fault: ${step.kind} at ${at}/${o.cases} cases (${atS} s)`);
    try {
      if (step.kind === 'kill-worker') {
        await t.worker.settled();
        await t.worker.kill('SIGKILL');
        await sleep(1_000);
        await t.worker.start();
      } else if (step.kind === 'kill-api') {
        await t.api.settled();
        await t.api.kill('SIGKILL');
        await sleep(1_000);
        await t.api.start();
      } else if (step.kind === 'restart-history' || step.kind === 'restart-matching') {
        if (!t.restartService) throw new Error('this stack has no separate Temporal services');
        await t.restartService(step.kind === 'restart-history' ? 'history' : 'matching');
      } else if (step.kind === 'restart-temporal') {
        if (!t.restartTemporal) throw new Error('this stack cannot restart Temporal');
        await t.restartTemporal();
      } else {
        if (!t.restartPostgres) throw new Error('this stack cannot restart PostgreSQL');
        await t.restartPostgres();
      }
    } catch (e) {
      failures.push(`fault ${step.kind} could not be injected: ${(e as Error).message}`);
    }
    const downMs = Math.round(performance.now() - f0);
    faults.push({ kind: step.kind, atCasesFinished: at, atS, downMs });
    log(`  ${step.kind}: back after ${downMs} ms`);
  };
  const onDone = (n: number) => {
    finished = n;
    if (n % Math.max(1, Math.floor(o.cases / 10)) === 0) log(`${n}/${o.cases} cases paid (${round((performance.now() - t0) / 1000, 1)} s)`);
    while (nextFault < plan.length && n >= Math.ceil(plan[nextFault]!.at * o.cases)) {
      const step = plan[nextFault++]!;
      injecting = injecting.then(() => inject(step));
    }
  };
  const results = await pool(o.cases, o.concurrency, (i) => driveCase(api, who, i, { run: o.run }), onDone);
  await injecting;
  const seconds = (performance.now() - t0) / 1000;
  while (nextFault < plan.length) failures.push(`fault ${plan[nextFault++]!.kind} was never injected`);
  await t.worker.settled();
  await t.api.settled();

  const driveErrors = results.filter((r): r is Error => r instanceof Error).map((e) => e.message);
  const driven = results.filter((r): r is Exclude<typeof r, Error> => !(r instanceof Error));
  const ids = driven.map((r) => r.caseId);

  // ---- every case paid, in the database too
  const rows = await t.db.case.findMany({ where: { id: { in: ids } }, select: { id: true, status: true } });
  const paidInDb = new Set(rows.filter((r) => r.status === 'paid').map((r) => r.id));
  const lost = [...driveErrors.map((e) => `driver: ${e}`), ...driven.filter((r) => r.status !== 'paid' || !paidInDb.has(r.caseId)).map((r) => `${r.caseId}: ${r.status}`)];
  const extra = await t.db.case.count({ where: { county: BENCH_COUNTY, id: { notIn: ids }, createdAt: { gte: new Date(startedAt) } } });
  if (extra > 0) failures.push(`${extra} cases exist that no client asked for (a retried application started a second case)`);

  // ---- exactly once: by the unique key, and by a count per case, and by the sum
  const byKey = await t.db.$queryRaw<{ n: number }[]>`select count(*)::int as n from (select case_id, item, period from payments group by 1, 2, 3 having count(*) > 1) d`;
  const byCount = await t.db.$queryRaw<{ n: number }[]>`select count(*)::int as n from (select case_id from payments where case_id = any(${ids}) group by case_id having count(*) > 1) d`;
  const sum = await t.db.$queryRaw<{ fen: number }[]>`select coalesce(sum(amount_fen), 0)::bigint as fen from payments where case_id = any(${ids})`;
  const duplicatePaymentsByUniqueKey = byKey[0]!.n;
  const duplicatePaymentsByCount = byCount[0]!.n;
  const paymentsTotalFen = Number(sum[0]!.fen);
  const expectedTotalFen = paidInDb.size * AMOUNT_FEN;
  if (paymentsTotalFen !== expectedTotalFen) failures.push(`payments total ${paymentsTotalFen} fen, expected ${expectedTotalFen}`);

  // ---- audit: every chain verifies; each case recorded as paid exactly once
  let verified = 0;
  const broken: string[] = [];
  for (const id of [...ids, SYSTEM_CASE_ID]) {
    const events = await loadChain(t.db, id);
    if (events.length === 0 && id === SYSTEM_CASE_ID) continue;
    const v = verifyChain(events);
    if (v.valid) verified++;
    else broken.push(`${id}: ${v.brokenAt?.reason} at ${v.brokenAt?.seq}`);
  }
  const paidEvents = await t.db.$queryRaw<{ n: number }[]>`
    select count(*)::int as n from (select c from unnest(${ids}::text[]) c
      left join audit_events e on e.case_id = c and e.type = 'case_paid' group by c having count(e.id) <> 1) x`;
  const casesWithoutOnePaidEvent = paidEvents[0]!.n;

  let workflowsStillRunning: number | null = null;
  if (t.client) {
    try {
      workflowsStillRunning = (await t.client.workflow.count(`WorkflowType = 'caseWorkflow' AND ExecutionStatus = 'Running'`)).count;
    } catch (e) {
      log(`(could not count running workflows: ${(e as Error).message})`);
    }
  }

  const parallel = o.parallelChecks === false ? null : await parallelChecks(t, api, who, o.run, o.cases, failures, log);

  const report: FaultReport = {
    startedAt,
    cases: o.cases,
    concurrency: o.concurrency,
    passed: false,
    failures,
    paid: paidInDb.size,
    lostCases: lost.length,
    lost: lost.slice(0, 20),
    duplicatePayments: Math.max(duplicatePaymentsByUniqueKey, duplicatePaymentsByCount),
    duplicatePaymentsByUniqueKey,
    duplicatePaymentsByCount,
    paymentsTotalFen,
    expectedTotalFen,
    auditChainsVerified: verified,
    brokenAuditChains: broken.length,
    casesWithoutOnePaidEvent,
    workflowsStillRunning,
    faults,
    processRestarts: { workerKills: t.worker.kills, workerUnexpectedExits: t.worker.unexpectedExits, apiUnexpectedExits: t.api.unexpectedExits, apiKills: t.api.kills },
    parallel,
    retries: api.stats,
    driveErrors: driveErrors.slice(0, 10),
    seconds: round(seconds, 1),
    casesPerSecond: round(driven.length / seconds, 2),
  };
  if (broken.length) failures.push(`broken audit chains: ${broken.slice(0, 5).join('; ')}`);
  if (casesWithoutOnePaidEvent) failures.push(`${casesWithoutOnePaidEvent} cases without exactly one case_paid audit event`);
  if (workflowsStillRunning) failures.push(`${workflowsStillRunning} case workflows still running`);
  report.passed = report.lostCases === 0 && report.duplicatePayments === 0 && failures.length === 0;
  return report;
}

/** 50 identical payment requests → one payment; 50 completions of one task → one success. */
async function parallelChecks(t: FaultTarget, api: Api, who: Officials, run: string, base: number, failures: string[], log: (s: string) => void) {
  const N = 50;
  const count = (xs: { status: number }[]) => xs.reduce<Record<number, number>>((a, r) => ({ ...a, [r.status]: (a[r.status] ?? 0) + 1 }), {});
  const payments = async (caseId: string) => (await t.db.payment.count({ where: { caseId } }));

  // Same request, same Idempotency-Key, 50 at once: one payment, every answer the first one's.
  const a = await driveCase(api, who, base + 1, { run, until: 'payable' });
  const same = await Promise.all(Array.from({ length: N }, () => api.call('POST', `/v1/cases/${a.caseId}/payments`, who.finance, {}, { 'idempotency-key': `${run}-parallel-pay` })));
  const sameBodies = new Set(same.filter((r) => r.status === 201).map((r) => JSON.stringify(r.body.payment)));
  const samePayments = await payments(a.caseId);
  if (count(same)[201] !== N || sameBodies.size !== 1 || samePayments !== 1) failures.push(`50 identical payment requests (one key): answers ${JSON.stringify(count(same))}, ${samePayments} payments`);

  // Without a key a payment is refused (400 naming idempotency-key, issue 16 item 16); with 50 different
  // keys at once the workflow itself pays once: one 201, the others 409; one payment.
  const b = await driveCase(api, who, base + 2, { run, until: 'payable' });
  const keyless = await Promise.all(Array.from({ length: N }, () => api.call('POST', `/v1/cases/${b.caseId}/payments`, who.finance, {})));
  if (count(keyless)[400] !== N || (await payments(b.caseId)) !== 0) failures.push(`50 payment requests without a key: answers ${JSON.stringify(count(keyless))}, ${await payments(b.caseId)} payments`);
  const bare = await Promise.all(Array.from({ length: N }, (_, i) => api.call('POST', `/v1/cases/${b.caseId}/payments`, who.finance, {}, { 'idempotency-key': `${run}-distinct-pay-${i}` })));
  const barePayments = await payments(b.caseId);
  if (count(bare)[201] !== 1 || count(bare)[409] !== N - 1 || barePayments !== 1) failures.push(`50 identical payment requests (50 different keys): answers ${JSON.stringify(count(bare))}, ${barePayments} payments`);

  // 50 officials complete the same task at once: one 200, 49 × 409.
  const c = await applyCase(api, who, base + 3, run);
  let taskId = c.view?.steps.find((s) => s.type === 'township_verification' && s.status === 'open')?.id;
  for (let k = 0; !taskId && k < 100; k++) {
    await sleep(100);
    const r = await api.call('GET', `/v1/cases/${c.caseId}`, who.reviewer);
    taskId = (r.body?.steps as { id: string; type: string; status: string }[] | undefined)?.find((s) => s.type === 'township_verification' && s.status === 'open')?.id;
  }
  if (!taskId) throw new Error(`${c.caseId}: no township_verification task to race on`);
  const tokens = await Promise.all(Array.from({ length: N }, (_, i) => who.mint(`bench-reviewer-p${i}`, 'township_reviewer')));
  const done = await Promise.all(tokens.map((tok, i) => api.call('POST', `/v1/tasks/${taskId}/complete`, tok, { decision: 'approve', reasons: `parallel ${i}` })));
  const completedEvents = await t.db.auditEvent.count({ where: { caseId: c.caseId, type: 'task_completed' } });
  if (count(done)[200] !== 1 || count(done)[409] !== N - 1 || completedEvents !== 1) failures.push(`50 parallel completions: answers ${JSON.stringify(count(done))}, ${completedEvents} task_completed events`);

  const out = {
    paymentsSameKey: { answers: count(same), distinctPayments: sameBodies.size, paymentRows: samePayments },
    paymentsNoKey: { answers: count(bare), paymentRows: barePayments },
    completions: { answers: count(done), taskCompletedEvents: completedEvents },
  };
  log(`parallel: ${JSON.stringify(out)}`);
  return out;
}
