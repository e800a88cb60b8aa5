/**
 * Money on the case path (001 §五3 审批决定; issue 12 rows 3, 4, 7, 8): the amount is computed by an
 * activity from the case's benefit facts and the regional parameters when the county decision task
 * opens (shown to the approver with its breakdown), frozen by the approve decision, and paid as frozen —
 * exactly once per (case, item, period). An emergency payment is trued up against the decision once:
 * a top-up of the difference, or a `recovery` task for an excess (001 §五 先行帮扶援助，事后补齐手续); a
 * recurring matter deducts it once. Recurring matters (the living supplement, 001 §四(一); the
 * employment subsidy over its window, 001 §四(五)) are paid on the 1st of each month, continuing as new
 * every 12 payments to keep the history short.
 */
import * as wf from '@temporalio/workflow';
import { emergencyTrueUp } from '../../rules/caps.js';
import { isRecurring, isReferral } from '../../rules/matter-class.js';
import { monthStartsAt, shiftMonth } from '../../rules/months.js';
import { STEPS } from '../../rules/steps.js';
import type { AmountRequest } from '../../activities/amounts.js';
import type { Actor, CaseState } from '../definitions.js';
import { acts, filerOf, local, now, take, type Ctx } from './context.js';
import { closeCase, flush, record, setStatus, stuck, system } from './recording.js';
import { awaitTask, openTask, settle, waitFor } from './tasks.js';

/** After this many monthly payments the workflow continues as new, keeping its history short. */
const PAYMENTS_PER_RUN = 12;
const DECISION_REF = '001 §五3 审批决定';
const EMERGENCY_REF = '001 §五 紧急情况时…先行帮扶援助，事后再补齐审核审批手续';
/** The once-only payment key of a one-off matter's top-up after an emergency payment. */
export const TOP_UP_PERIOD = 'emergency_top_up';

export const emergencyPaidFen = (c: Ctx): number => c.state.payments.filter((p) => p.kind === 'emergency').reduce((a, p) => a + p.amountFen, 0);

function amountRequest(c: Ctx, decidedFen: number | null): AmountRequest {
  const i = c.input;
  return { caseId: i.caseId, matter: i.matter, county: i.county, personKey: i.personKey, benefit: i.benefit ?? {}, householdStatus: i.applicant.householdStatus, at: now(), decidedFen };
}

/** The county decision task's data: the amount with its breakdown, computed as it opens (001 §五3). */
export async function previewAmount(c: Ctx): Promise<Record<string, unknown>> {
  if (isReferral(c.input.matter)) return {};
  const a = await local.computeAmount(amountRequest(c, null));
  if (!a.ok) return { amount: null, amountProblem: { path: a.path, message: a.message } };
  const { amountFen, monthly, breakdown, refs } = a.amount;
  return { amount: { amountFen, monthly, breakdown, refs } };
}

/**
 * The approve decision freezes the amount (001 §五3 审批决定): recorded as `amount_decided` with the
 * decision, paid as frozen. Temporary aid: the county's amount, within the regional maximum (001 §四(六)).
 * A rules refusal here (e.g. a parameter removed since intake) marks the case stuck for ops, who load
 * the parameter and retry: never paid from a guess. Says whether it was stuck on the way.
 */
export async function freezeAmount(c: Ctx, by: Actor): Promise<{ wasStuck: boolean }> {
  if (isReferral(c.input.matter)) return { wasStuck: false };
  let a = await local.computeAmount(amountRequest(c, c.state.approvedAmountFen));
  const wasStuck = !a.ok;
  while (!a.ok) {
    await flush(c);
    await stuck(c, new Error(`the decided amount cannot be computed (001 §五3): ${a.path}: ${a.message}`));
    a = await local.computeAmount(amountRequest(c, c.state.approvedAmountFen));
  }
  c.money.decided = a.amount;
  c.money.emergencyLeftFen = a.amount.monthly ? emergencyPaidFen(c) : 0;
  c.state.approvedAmountFen = a.amount.amountFen;
  const { amountFen, monthly, onDate, breakdown, refs, window } = a.amount;
  record(c, 'amount_decided', by, { decided_amount: { amountFen, monthly, onDate, breakdown, refs, window } }, { refs: [DECISION_REF, ...refs] });
  return { wasStuck };
}

/** The emergency payment at intake (001 §五: 先行帮扶援助，事后补齐手续), within its matter's caps. */
export async function payEmergency(c: Ctx): Promise<void> {
  await flush(c); // the case row must exist before its payment
  const e = c.input.emergency!;
  const p = await acts.recordPayment({
    caseId: c.input.caseId,
    eventKey: `${c.input.caseId}:${++c.counter}`,
    at: now(),
    actor: { sub: filerOf(c.input), roles: ['station_clerk'] },
    matter: c.input.matter,
    item: 'emergency_aid',
    period: 'emergency',
    kind: 'emergency',
    county: c.input.county,
    personKey: c.input.personKey,
    emergency: e,
    snapshotHint: c.state.status,
  });
  c.state.payments.push({ item: p.item, period: p.period, amountFen: p.amountFen, kind: p.kind, paidAt: p.paidAt });
}

async function pay(c: Ctx, actor: Actor, period: string, trueUpEmergencyFen?: number): Promise<void> {
  await flush(c);
  const p = await acts.recordPayment({
    caseId: c.input.caseId,
    eventKey: `${c.input.caseId}:${++c.counter}`,
    at: now(),
    actor,
    matter: c.input.matter,
    item: c.input.matter,
    period,
    kind: 'regular',
    county: c.input.county,
    personKey: c.input.personKey,
    benefit: c.input.benefit ?? {},
    decided: c.money.decided,
    ...(trueUpEmergencyFen !== undefined ? { trueUpEmergencyFen } : {}),
    ...(c.money.emergencyLeftFen > 0 ? { emergencyLeftFen: c.money.emergencyLeftFen } : {}),
    snapshotHint: c.state.status,
  });
  const deducted = (p.breakdown.emergencyDeduction as { deductedFen?: number } | undefined)?.deductedFen ?? 0;
  c.money.emergencyLeftFen = Math.max(0, c.money.emergencyLeftFen - deducted);
  if (!c.state.payments.some((x) => x.item === p.item && x.period === p.period)) c.state.payments.push({ item: p.item, period: p.period, amountFen: p.amountFen, kind: p.kind, paidAt: p.paidAt });
}

export async function finish(c: Ctx): Promise<CaseState> {
  await settle(c);
  await wf.condition(wf.allHandlersFinished);
  return c.state;
}

/** Approved: payable, finance disburses the frozen decision; a recurring matter goes on monthly. */
export async function payable(c: Ctx): Promise<CaseState> {
  if (!c.money.decided) await freezeAmount(c, system); // approved on appeal: frozen now
  const decided = c.money.decided!;
  const recurring = isRecurring(c.input.matter);
  const emergency = emergencyPaidFen(c);
  if (emergency > 0 && !recurring) return trueUp(c, emergency);
  setStatus(c, 'payable', 'case_payable', system, { amountFen: decided.amountFen, monthly: decided.monthly }, ['001 §五', 'SPEC §2.6']);
  await waitFor(c, () => c.requests.payment !== null);
  const req = take(c, c.requests.payment!);
  // The employment subsidy starts in the county's approval month (001 §四(五)), not a month someone types.
  const window = decided.window;
  if (window && window.lastMonth === null) return windowEnded(c, req.actor);
  const period = window ? window.firstMonth : req.period;
  await pay(c, req.actor, period);
  c.state.recurring = recurring;
  if (recurring) setStatus(c, 'paid', 'case_paid', req.actor, { period, recurring }, ['SPEC §2.6', '001 §四']);
  else closeCase(c, 'paid', 'case_paid', req.actor, { period, recurring }, ['SPEC §2.6', '001 §四']);
  if (!recurring) return finish(c);
  return runRecurring(c, shiftMonth(period, 1));
}

/**
 * A one-off matter paid first (001 §五 先行帮扶援助，事后补齐手续): after the decision the emergency
 * payment is trued up against the decided amount — equal: paid; less: finance pays the difference (its
 * own once-only key); more: a `recovery` task for the excess (nothing silently undone).
 */
async function trueUp(c: Ctx, emergencyFen: number): Promise<CaseState> {
  const t = emergencyTrueUp({ decidedFen: c.money.decided!.amountFen, emergencyPaidFen: emergencyFen });
  const action = t.action;
  if (action === 'none') {
    closeCase(c, 'paid', 'emergency_trued_up', system, { ...t }, [EMERGENCY_REF, DECISION_REF]);
    return finish(c);
  }
  if (action === 'top_up') {
    setStatus(c, 'payable', 'emergency_trued_up', system, { ...t }, [EMERGENCY_REF, DECISION_REF]);
    await waitFor(c, () => c.requests.payment !== null);
    const req = take(c, c.requests.payment!);
    await pay(c, req.actor, TOP_UP_PERIOD, emergencyFen);
    closeCase(c, 'paid', 'case_paid', req.actor, { period: TOP_UP_PERIOD, recurring: false }, ['SPEC §2.6', EMERGENCY_REF]);
    return finish(c);
  }
  const owed = { emergencyPaidFen: emergencyFen, decidedFen: t.decidedFen, excessFen: t.excessFen };
  const task = openTask(c, 'recovery', null, owed, STEPS.recovery.refs, owed);
  setStatus(c, 'paid', 'emergency_trued_up', system, { ...t, taskId: task.id }, [EMERGENCY_REF, DECISION_REF]);
  await awaitTask(c, task, STEPS.recovery.refs);
  closeCase(c, 'paid', 'case_closed', system, { outcome: 'paid_excess_recovery_recorded', recovery: task.id }, [EMERGENCY_REF]);
  return finish(c);
}

/**
 * A recurring matter that ends (stopped, or its window over) before the emergency payment was used up
 * was paid beyond its months: a `recovery` task for the rest (001 §五; nothing silently written off).
 */
async function recoverUnusedEmergency(c: Ctx): Promise<void> {
  const unused = c.money.emergencyLeftFen;
  if (unused <= 0) return;
  const owed = { emergencyPaidFen: emergencyPaidFen(c), unusedFen: unused, excessFen: unused };
  const task = openTask(c, 'recovery', null, owed, STEPS.recovery.refs, owed);
  record(c, 'emergency_trued_up', system, { action: 'recovery', ...owed, taskId: task.id }, { refs: [EMERGENCY_REF] });
  await awaitTask(c, task, STEPS.recovery.refs);
}

async function windowEnded(c: Ctx, actor: Actor): Promise<CaseState> {
  const w = c.money.decided!.window!;
  c.state.recurring = false;
  await recoverUnusedEmergency(c);
  closeCase(c, 'closed', 'employment_subsidy_window_ended', actor, { firstMonth: w.firstMonth, lastMonth: w.lastMonth, months: w.months, end: w.end }, ['001 §四(五) 补贴期限']);
  return finish(c);
}

/** Monthly payments (001 §四(一); 001 §四(五) over its window): on the 1st of each month until stopped or the window ends. */
export async function runRecurring(c: Ctx, nextPeriod: string | null): Promise<CaseState> {
  let period = nextPeriod;
  let paidThisRun = 0;
  const window = c.money.decided?.window ?? null;
  while (period !== null) {
    if (window && (window.lastMonth === null || period > window.lastMonth)) return windowEnded(c, system);
    await waitFor(c, () => c.requests.stop !== null, monthStartsAt(period));
    if (c.requests.stop !== null) {
      const s = take(c, c.requests.stop);
      c.state.recurring = false;
      const unused = c.money.emergencyLeftFen;
      await recoverUnusedEmergency(c);
      closeCase(c, 'closed', 'recurring_payment_stopped', s.actor, { reasons: s.reasons, lastPeriod: shiftMonth(period, -1), ...(unused > 0 ? { emergencyUnusedFen: unused } : {}) }, ['001 §四(一)', '000 §4']);
      return finish(c);
    }
    await pay(c, system, period);
    paidThisRun++;
    period = shiftMonth(period, 1);
    if (paidThisRun >= PAYMENTS_PER_RUN || wf.workflowInfo().continueAsNewSuggested) {
      // Handlers must finish before continuing as new, but a stop handler waits for this loop: a stop
      // that arrives now is taken here, in this run (never wait for a flag only the loop sets).
      await settle(c);
      await wf.condition(() => wf.allHandlersFinished() || c.requests.stop !== null);
      if (c.requests.stop !== null) continue;
      await wf.continueAsNew<(i: typeof c.input, carried: unknown) => Promise<CaseState>>(c.input, { state: c.state, counter: c.counter, priority: c.priority, nextPeriod: period, money: c.money });
    }
  }
  return finish(c);
}
